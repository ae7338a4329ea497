using System.Text.Json.Nodes;
using Homeward.Domain;
using static Homeward.Exchange.FieldReports.ItemAttributes;

namespace Homeward.Exchange.Odk;

/// <summary>A non-technical survey: a hazardous area (an update when it gives a code) and an evidence item per entry.</summary>
internal static class NonTechnicalSurveyMapping
{
    /// <summary>The sex and age groups of beneficiary counts, in the order of <see cref="Homeward.Domain.Objects.Beneficiaries"/>.</summary>
    internal static readonly string[] Groups = ["women", "men", "girls", "boys"];

    public static async Task MapAsync(SubmissionContext c, CancellationToken cancellationToken)
    {
        var r = c.Root;
        var code = await c.LinkAsync(r, "hazard_code", ObjectKind.HazardousArea, required: false, cancellationToken).ConfigureAwait(false);
        var isNew = r["hazard_code"] is null;
        var hazard = new JsonObject();
        Set(hazard, "name", c.Text(r, "hazard_name"));
        Set(hazard, "areaClass", c.Choice(r, "area_class", required: isNew));
        Set(hazard, "hazardType", c.Choice(r, "hazard_type", required: isNew));
        SetList(hazard, "suspectedDeviceCategories", c.Choices(r, "suspected_devices"));
        SetList(hazard, "blockedLandUse", c.Choices(r, "blocked_land_use"));
        if (c.Integer(r, "priority", 1, 5) is { } priority)
        {
            hazard["priority"] = priority;
        }

        if (c.Geometry(r, "benchmark", ObjectKind.Evidence) is { } benchmark)
        {
            hazard["benchmark"] = new JsonObject { ["longitude"] = benchmark.Coordinate.X, ["latitude"] = benchmark.Coordinate.Y };
        }

        var counts = Groups.Select(s => c.Integer(r, "beneficiaries_" + s, 0)).ToArray();
        if (counts.Any(n => n is not null))
        {
            hazard["beneficiaries"] = new JsonObject
            {
                ["women"] = counts[0] ?? 0,
                ["men"] = counts[1] ?? 0,
                ["girls"] = counts[2] ?? 0,
                ["boys"] = counts[3] ?? 0,
            };
        }

        var perimeter = c.Geometry(r, "perimeter", ObjectKind.HazardousArea, required: isNew);
        c.Photo(r, "survey_photo");
        var hazardRef = c.Add("hazard", ObjectKind.HazardousArea, hazard, perimeter, code);
        var n = 0;
        foreach (var e in r.Entries("evidence"))
        {
            n++;
            var evidence = new JsonObject { ["hazardousArea"] = "#" + hazardRef };
            Set(evidence, "evidenceType", c.Choice(e, "evidence_type", required: true));
            Set(evidence, "directness", c.Choice(e, "evidence_directness", required: true));
            Set(evidence, "source", c.Choice(e, "evidence_source", required: true));
            Set(evidence, "observedOn", c.Date(e, "evidence_observed_on")?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Set(evidence, "notes", c.Text(e, "evidence_notes"));
            var point = c.Geometry(e, "evidence_location", ObjectKind.Evidence);
            c.Photo(e, "evidence_photo");
            c.Add($"evidence-{n}", ObjectKind.Evidence, evidence, point);
        }
    }
}
