using System.Globalization;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Records.Traverse;

namespace Homeward.Records.Output;

/// <summary>
/// Turns a digitized record into a draft field report, so that a reviewer approves it like any other report: one item
/// creates (or updates) a suspected hazardous area, whose polygon is the uncertainty zone, and one item records the
/// minefield record as evidence for it. The original document and the computed GeoJSON are attached. Thread-safe.
/// </summary>
public static class MinefieldReportDraft
{
    /// <summary>The form type of these reports.</summary>
    public const string FormType = "minefield-record";

    // Mine models by category, from their common Soviet and post-Soviet names; anything else is left for the reviewer.
    private static readonly string[] AntiPersonnel = ["PMN", "POMZ", "OZM", "MON", "PFM", "PMD", "PMA", "PROM", "VS-50", "M14", "M16", "TS-50"];
    private static readonly string[] AntiTank = ["TM", "TMK", "TMD", "TMN", "PTM", "M15", "M19", "TC-6"];

    /// <summary>The draft.</summary>
    /// <param name="minefield">The digitized record; it must have a perimeter.</param>
    /// <param name="hazardType">The hazard type code for the area, for example <c>minefield-ap</c>.</param>
    /// <param name="updateCode">The code of a stored hazardous area this record updates, or <see langword="null"/> to create one.</param>
    /// <param name="attachments">The original record file first, then scans of the paper; the computed GeoJSON is added.</param>
    /// <returns>The draft report.</returns>
    /// <exception cref="ArgumentException">The record has no perimeter, so there is no area to report.</exception>
    public static FieldReportDraft Create(DigitizedMinefield minefield, string hazardType, string? updateCode, IReadOnlyList<ReportAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(minefield);
        ArgumentException.ThrowIfNullOrWhiteSpace(hazardType);
        ArgumentNullException.ThrowIfNull(attachments);
        var zone = minefield.UncertaintyZoneWgs84
            ?? throw new ArgumentException($"Record {minefield.Record.Id} has no perimeter, so it gives no area for a hazardous area.", nameof(minefield));
        var record = minefield.Record;
        var reference = minefield.Points.First(p => p.Id == minefield.ReferencePointId);
        var hazard = new JsonObject
        {
            ["name"] = $"Minefield record {record.Id}",
            ["areaClass"] = "sha",
            ["hazardType"] = hazardType,
            ["benchmark"] = new JsonObject { ["longitude"] = Math.Round(reference.Longitude, 8), ["latitude"] = Math.Round(reference.Latitude, 8) },
            ["suspectedDeviceCategories"] = new JsonArray([.. DeviceCategories(minefield).Select(c => (JsonNode)JsonValue.Create(c)!)]),
        };
        if (updateCode is not null)
        {
            hazard["code"] = updateCode;
        }

        var evidence = new JsonObject
        {
            ["hazardousArea"] = "#hazard",
            ["evidenceType"] = "military-records",

            // A laying record is the army's own account, but these were rated about 25 % accurate: indirect until surveyed.
            ["directness"] = "indirect",
            ["source"] = "records",
            ["notes"] = Notes(minefield),
        };
        if (!record.IsDateApproximate)
        {
            evidence["observedOn"] = record.LaidFrom!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var geoJson = ReportAttachment.Create($"{record.Id}.digitized.geojson", "application/geo+json",
            System.Text.Encoding.UTF8.GetBytes(MinefieldGeoJson.Write(minefield)));
        return new FieldReportDraft
        {
            Title = $"Minefield record {record.Id} (digitized)",
            FormType = FormType,
            Items =
            [
                new FieldReportItem("hazard", ObjectKind.HazardousArea, hazard.ToJsonString(), zone.Copy(), updateCode, null),
                new FieldReportItem("evidence", ObjectKind.Evidence, evidence.ToJsonString(), zone.InteriorPoint, null, null),
            ],
            Attachments = [.. attachments, geoJson],
        };
    }

    private static IEnumerable<string> DeviceCategories(DigitizedMinefield minefield)
    {
        var types = minefield.Rows.Select(r => r.MineType?.Trim().ToUpperInvariant() ?? string.Empty).ToList();
        if (types.Any(t => AntiPersonnel.Any(p => t.StartsWith(p, StringComparison.Ordinal))))
        {
            yield return "ap-mine";
        }

        if (types.Any(t => AntiTank.Any(p => t == p || t.StartsWith(p + "-", StringComparison.Ordinal))))
        {
            yield return "at-mine";
        }
    }

    private static string Notes(DigitizedMinefield m)
    {
        var closure = m.Closure is { } c
            ? Invariant.Text($"misclosure {c.LinearMetres:0.000} m (1:{Math.Min(c.RelativePrecision, 1e9):0}){(c.IsAdjusted ? ", Bowditch-adjusted" : ", not adjusted")}")
            : "no closing leg measured";
        var flags = m.Flags.Count == 0 ? "no flags" : "flags " + string.Join(", ", m.Flags.Select(f => f.Code).Distinct());
        return Invariant.Text($"Digitized from minefield record {m.Record.Id}: {m.Points.Count(p => p.Type != Format.RecordPointType.Mine)} points, ",
            $"{m.Rows.Count} row(s), {m.Rows.Sum(r => r.Count)} mines; perimeter {m.AreaSquareMetres:0} m²; {closure}; ",
            $"largest radial error {m.MaxRadialErrorMetres:0.0} m (the area is the perimeter grown by twice it); {flags}. ",
            $"Declination {m.DeclinationDegrees:0.000}° ({m.GeomagneticModel}), convergence {m.ConvergenceDegrees:0.0000}°",
            $"{(m.Transformation is { } t ? $", datum EPSG:{t.EpsgCode}" : string.Empty)}.");
    }
}
