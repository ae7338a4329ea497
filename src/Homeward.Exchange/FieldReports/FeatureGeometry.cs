using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using Homeward.Geo.Validation;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.FieldReports;

/// <summary>
/// The boundary for a feature's geometry: reads it, checks it, and repairs it only when the user asked. An invalid
/// geometry is refused; problems that review will refuse (swapped axes, outside the region, tiny rings) are warnings.
/// </summary>
internal static class FeatureGeometry
{
    /// <summary>Reads the geometry member of feature <paramref name="number"/>.</summary>
    /// <returns>Whether the feature may go on; <see langword="false"/> after adding the reasons to <paramref name="errors"/>.</returns>
    public static bool TryRead(JsonNode? node, ObjectKind kind, int number, string itemRef, FieldReportReadOptions options,
        JsonSerializerOptions geoJson, List<FieldReportFileError> errors, List<FieldReportFileError> warnings,
        out Geometry? geometry, out GeometryRepairNote? repair)
    {
        geometry = null;
        repair = null;
        if (node is not JsonObject geometryNode)
        {
            return true;
        }

        // NetTopologySuite cannot even build a ring that does not close, so such rings are found in the JSON itself.
        var closed = Rings(geometryNode, close: false);
        if (closed.Count > 0)
        {
            if (!options.RepairGeometry)
            {
                errors.AddRange(closed.Select(p => FieldReportFileError.OfGeometry(number, itemRef, p)));
                return false;
            }

            geometryNode = geometryNode.DeepClone().AsObject();
            Rings(geometryNode, close: true);
        }

        try
        {
            geometry = geometryNode.Deserialize<Geometry>(geoJson);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            errors.Add(new FieldReportFileError(number, "geometry", $"not a GeoJSON geometry: {ex.Message}"));
            return false;
        }

        if (geometry is null)
        {
            return true;
        }

        var problems = options.Validator.Validate(kind, geometry);
        if (options.RepairGeometry && (closed.Count > 0 || problems.Any(p => p.IsRepairable)))
        {
            var result = new GeometryRepair(options.Validator).Repair(kind, geometry, closed);
            (geometry, repair, problems) = (result.Geometry, result.Note, result.Remaining);
        }

        var refused = false;
        foreach (var problem in problems)
        {
            // Validity is a property of the geometry and is settled here; the rest are rules that review applies.
            (problem.IsInvalidGeometry ? errors : warnings).Add(FieldReportFileError.OfGeometry(number, itemRef, problem));
            refused |= problem.IsInvalidGeometry;
        }

        return !refused;
    }

    /// <summary>The rings of a Polygon or MultiPolygon that do not end where they start; closes them if asked.</summary>
    private static List<GeometryValidationError> Rings(JsonObject geometry, bool close)
    {
        var type = geometry["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        var coordinates = geometry["coordinates"] as JsonArray;
        var polygons = (type, coordinates) switch
        {
            ("Polygon", not null) => [coordinates],
            ("MultiPolygon", not null) => coordinates.OfType<JsonArray>().ToList(),
            _ => [],
        };
        var problems = new List<GeometryValidationError>();
        for (var part = 0; part < polygons.Count; part++)
        {
            for (var r = 0; r < polygons[part].Count; r++)
            {
                if (polygons[part][r] is JsonArray { Count: >= 2 } ring && Position(ring[0]) is { } start && Position(ring[^1]) is { } end
                    && start != end)
                {
                    problems.Add(new GeometryValidationError(GeometryErrorKind.RingNotClosed, start,
                        $"invalid geometry: {RingName(r, part, polygons.Count)} is not closed: it starts at {start} and ends at {end} (a ring must end where it starts)."));
                    if (close)
                    {
                        ring.Add(ring[0]!.DeepClone());
                    }
                }
            }
        }

        return problems;
    }

    private static LonLat? Position(JsonNode? node) =>
        node is JsonArray { Count: >= 2 } position && position[0] is JsonValue x && x.TryGetValue<double>(out var lon)
        && position[1] is JsonValue y && y.TryGetValue<double>(out var lat)
            ? new LonLat(lon, lat)
            : null;

    private static string RingName(int ring, int part, int parts)
    {
        var name = ring == 0 ? "the outer ring" : string.Create(CultureInfo.InvariantCulture, $"hole {ring}");
        return parts == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} of part {part + 1}");
    }
}
