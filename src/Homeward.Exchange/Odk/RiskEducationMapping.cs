using System.Text.Json.Nodes;
using Homeward.Domain;
using static Homeward.Exchange.FieldReports.ItemAttributes;

namespace Homeward.Exchange.Odk;

/// <summary>A risk-education session, linked to the organisation that delivered it.</summary>
internal static class RiskEducationMapping
{
    public static async Task MapAsync(SubmissionContext c, CancellationToken cancellationToken)
    {
        var r = c.Root;
        var session = new JsonObject();
        Set(session, "heldOn", Iso(c.Date(r, "held_on", required: true)));
        Set(session, "organisation", await c.LinkAsync(r, "organisation_code", ObjectKind.Organisation, true, cancellationToken).ConfigureAwait(false));
        Set(session, "method", c.Choice(r, "eore_method", required: true));
        var counts = NonTechnicalSurveyMapping.Groups.Select(s => c.Integer(r, "audience_" + s, 0, required: true)).ToArray();
        session["audience"] = new JsonObject { ["women"] = counts[0] ?? 0, ["men"] = counts[1] ?? 0, ["girls"] = counts[2] ?? 0, ["boys"] = counts[3] ?? 0 };
        if (c.Integer(r, "first_time_beneficiaries", 0) is { } first)
        {
            if (first > counts.Sum(n => n ?? 0))
            {
                c.Error(r, "first_time_beneficiaries", r["first_time_beneficiaries"], "more than the whole audience.");
            }

            session["firstTimeBeneficiaries"] = first;
        }

        c.Photo(r, "session_photo");
        c.Add("session", ObjectKind.RiskEducationSession, session, c.Geometry(r, "session_location", ObjectKind.RiskEducationSession, required: true));
    }
}
