using System.Text.Json.Nodes;
using Homeward.Domain;
using static Homeward.Exchange.FieldReports.ItemAttributes;

namespace Homeward.Exchange.Odk;

/// <summary>An accident, linked to its hazardous area and demining activity, and a victim per entry linked to the accident.</summary>
internal static class AccidentMapping
{
    public static async Task MapAsync(SubmissionContext c, CancellationToken cancellationToken)
    {
        var r = c.Root;
        var accident = new JsonObject();
        Set(accident, "occurredOn", Iso(c.Date(r, "accident_date", required: true)));
        if (c.Choice(r, "accident_date_known") is { } known)
        {
            accident["dateKnown"] = known == "yes";
        }

        var type = c.Choice(r, "accident_type", required: true);
        Set(accident, "accidentType", type);
        Set(accident, "deviceCategory", c.Choice(r, "accident_device_category"));
        if (c.Choice(r, "area_was_marked") is "yes" or "no")
        {
            accident["areaWasMarked"] = r["area_was_marked"] == "yes";
        }

        Set(accident, "hazardousArea", await c.LinkAsync(r, "hazard_code", ObjectKind.HazardousArea, false, cancellationToken).ConfigureAwait(false));
        Set(accident, "activity", await c.LinkAsync(r, "activity_code", ObjectKind.Activity, type == "demining", cancellationToken).ConfigureAwait(false));
        c.Photo(r, "accident_photo");
        var accidentRef = c.Add("accident", ObjectKind.Accident, accident, c.Geometry(r, "accident_location", ObjectKind.Accident, required: true));
        var n = 0;
        foreach (var e in r.Entries("victims"))
        {
            n++;
            var victim = new JsonObject { ["accident"] = "#" + accidentRef };
            Set(victim, "fullName", c.Text(e, "victim_name"));
            Set(victim, "sex", c.Choice(e, "victim_sex", required: true));
            Set(victim, "dateOfBirth", Iso(c.Date(e, "victim_date_of_birth")));
            if (c.Integer(e, "victim_age", 0, 120) is { } age)
            {
                victim["ageAtAccident"] = age;
            }

            Set(victim, "outcome", c.Choice(e, "victim_outcome", required: true));
            Set(victim, "activityAtTime", c.Choice(e, "victim_activity"));
            Set(victim, "tampering", c.Choice(e, "victim_tampering"));
            victim["consent"] = c.Choice(e, "victim_consent", required: true) == "yes";
            c.Add($"victim-{n}", ObjectKind.Victim, victim, null);
        }
    }
}
