using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using static Homeward.Exchange.MaXml.MaXmlElements;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// Turns the values of one maXML field report into field-report items: reads each value as its type, checks codes against
/// the code tables, geometry through <see cref="Homeward.Geo.Validation.GeometryValidator"/> and links against the store,
/// and collects every problem with the element path, field and value.
/// </summary>
internal sealed class MaXmlReportContext(MaXmlFieldReport report, CodeTables codes, IHomewardStore store, MaXmlImportOptions options,
    Dictionary<string, ObjectKind?> lookups)
{
    public MaXmlFieldReport Report => report;

    public List<FieldReportItem> Items { get; } = [];

    public List<MaXmlImportError> Errors { get; } = [];

    public List<MaXmlImportError> Warnings { get; } = [];

    private string Name => report.FieldReportGuid is { } guid ? $"FieldReport[{report.Number}] ({guid})" : $"FieldReport[{report.Number}]";

    public string PathOf(XElement e) => MaXmlElements.PathOf(e, report.Path, report.Element);

    public void Error(XElement e, string? field, string? value, string message) => Errors.Add(new MaXmlImportError(Name, PathOf(e), field, value, message));

    public void Warning(XElement e, string? field, string? value, string message) => Warnings.Add(new MaXmlImportError(Name, PathOf(e), field, value, message));

    public string? Text(XElement e, string field, bool required = false, params string[] aliases)
    {
        var value = Value(e, [field, .. aliases]);
        if (value is null && required)
        {
            Error(e, field, null, "a value is required.");
        }

        return value;
    }

    /// <summary>
    /// A value of a Homeward code table: the code itself, or the English label of one (IMSMA NG exports its enumeration
    /// values as text, and a programme whose NG lists used Homeward's words needs no mapping). The nearest codes are suggested.
    /// </summary>
    public string? Code(XElement e, string field, string table, bool required = false, params string[] aliases)
    {
        var value = Text(e, field, required, aliases);
        return value is null ? null : CheckCode(e, field, table, value);
    }

    public List<string> Codes(XElement parent, string field, string table) =>
        [.. Children(parent, field).Select(c => (c, v: c.Value.Trim())).Where(x => x.v.Length > 0)
            .Select(x => CheckCode(x.c, field, table, x.v)).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>One of a fixed list of values: the key matched without case, mapped to Homeward's value.</summary>
    public string? OneOf(XElement e, string field, IReadOnlyDictionary<string, string> values, bool required = false, params string[] aliases)
    {
        var value = Text(e, field, required, aliases);
        if (value is null)
        {
            return null;
        }

        if (values.TryGetValue(value, out var mapped))
        {
            return mapped;
        }

        Error(e, field, value, $"not one of {string.Join(", ", values.Keys)}.");
        return null;
    }

    public DateOnly? Date(XElement e, string field, bool required = false, params string[] aliases)
    {
        var value = Text(e, field, required, aliases);
        if (value is null)
        {
            return null;
        }

        // maXML dates are xs:date or xs:dateTime; the date part is what Homeward keeps.
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(e, field, value, "not a date written yyyy-MM-dd.");
        return null;
    }

    public int? Integer(XElement e, string field, int minimum, int maximum, params string[] aliases)
    {
        var value = Text(e, field, false, aliases);
        if (value is null)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || d != Math.Floor(d) || d < minimum || d > maximum)
        {
            Error(e, field, value, string.Create(CultureInfo.InvariantCulture, $"not a whole number from {minimum} to {maximum}."));
            return null;
        }

        return (int)d;
    }

    /// <summary>The code of an existing object of <paramref name="kind"/>, checked against the store.</summary>
    public async Task<string?> LinkAsync(XElement e, string field, string code, ObjectKind kind, CancellationToken cancellationToken)
    {
        var found = await FindAsync(code, cancellationToken).ConfigureAwait(false);
        var expected = ObjectKindInfo.Of(kind).JsonName.Replace('_', ' ');
        if (found is null)
        {
            Error(e, field, code, $"no {expected} has this code in the database.");
            return null;
        }

        if (found != kind)
        {
            Error(e, field, code, $"this is the code of a {ObjectKindInfo.Of(found.Value).JsonName.Replace('_', ' ')}, not of a {expected}.");
            return null;
        }

        return code;
    }

    public async Task<ObjectKind?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (!lookups.TryGetValue(code, out var found))
        {
            found = (await store.FindByCodeAsync(code, null, cancellationToken).ConfigureAwait(false))?.State.Kind;
            lookups[code] = found;
        }

        return found;
    }

    /// <summary>
    /// The coordinate of a maXML point (<c>Latitude</c>, <c>Longitude</c>: decimal degrees, WGS 84, as IMSMA NG stores them).
    /// A point in another reference system is refused: NG keeps what the user typed in <c>UserEnteredX/Y</c>, but
    /// always stores and exports latitude and longitude.
    /// </summary>
    public Coordinate? Coordinate(XElement point)
    {
        if (Text(point, "CoordRefSys", false, "CoordinateSystem") is { } crs
            && !crs.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
                .Contains("84", StringComparison.Ordinal) && !crs.Contains("4326", StringComparison.Ordinal))
        {
            Error(point, "CoordRefSys", crs, "only WGS 84 latitude and longitude (EPSG:4326) are read; export the points in WGS 84.");
            return null;
        }

        var latitude = Number(point, "Latitude", "Lat", "Y");
        var longitude = Number(point, "Longitude", "Lon", "Long", "X");
        return latitude is { } lat && longitude is { } lon ? new Coordinate(lon, lat) : null;
    }

    private double? Number(XElement point, string field, params string[] aliases)
    {
        var text = Text(point, field, true, aliases);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Error(point, field, text, "not a number (decimal degrees with a '.' as the decimal mark).");
        return null;
    }

    /// <summary>
    /// The shapes of an item's <c>GeospatialInfo</c> elements: polygons (a ring of points in <c>Number</c> order, which must
    /// end where it starts) and single points, each checked by the deployment's geometry rules.
    /// </summary>
    public (List<Polygon> Polygons, List<(XElement Element, Point Point, string? Type)> Points) Shapes(XElement item, ObjectKind polygonKind)
    {
        var polygons = new List<Polygon>();
        var points = new List<(XElement, Point, string?)>();
        foreach (var info in Children(item, "GeospatialInfo"))
        {
            var shape = Text(info, "shapeEnum", false, "Shape", "ShapeType") ?? "Polygon";
            var pointElements = Children(info, "Point").Concat(Children(info, "GeoPoint"))
                .OrderBy(p => int.TryParse(Value(p, "Number", "pointno"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
                .ToList();
            var coordinates = pointElements.Select(p => (p, c: Coordinate(p))).ToList();
            if (coordinates.Any(x => x.c is null))
            {
                continue;
            }

            if (string.Equals(shape, "Point", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (p, c) in coordinates)
                {
                    var point = GeometryServices.Wgs84.CreatePoint(c!);
                    if (Checked(p, point, ObjectKind.Evidence, [p]))
                    {
                        points.Add((p, point, Value(p, "Type", "pointtype")));
                    }
                }
            }
            else if (string.Equals(shape, "Polygon", StringComparison.OrdinalIgnoreCase))
            {
                if (Ring(info, pointElements, [.. coordinates.Select(x => x.c!)]) is { } polygon && Checked(info, polygon, polygonKind, pointElements))
                {
                    polygons.Add(polygon);
                }
            }
            else
            {
                Error(info, "shapeEnum", shape, "not Polygon or Point (polylines are not read: no Homeward object has a line).");
            }
        }

        return (polygons, points);
    }

    private Polygon? Ring(XElement info, List<XElement> pointElements, Coordinate[] ring)
    {
        if (ring.Length < 4)
        {
            Error(info, "Point", string.Create(CultureInfo.InvariantCulture, $"{ring.Length} point(s)"),
                "a polygon needs at least 4 points: 3 corners and the first point again to close it.");
            return null;
        }

        if (!ring[0].Equals2D(ring[^1]))
        {
            Error(pointElements[^1], "Point", $"{Text(ring[^1])} ≠ {Text(ring[0])}",
                "the polygon is open: its last point must repeat its first to close the ring.");
            return null;
        }

        return GeometryServices.Wgs84.CreatePolygon(ring);
    }

    private bool Checked(XElement where, Geometry geometry, ObjectKind kind, List<XElement> pointElements)
    {
        var ok = true;
        foreach (var issue in options.Validator.Validate(kind, geometry))
        {
            var at = issue.Location is { } l ? pointElements.FirstOrDefault(p => IsAt(p, l)) ?? where : where;
            var value = issue.Location?.ToString();
            if (issue.IsInvalidGeometry || issue.Kind is GeometryErrorKind.NotDegrees or GeometryErrorKind.SwappedAxes
                or GeometryErrorKind.OutsideRegion or GeometryErrorKind.WrongShape)
            {
                Error(at, "geometry", value, issue.Message);
                ok = false;
            }
            else
            {
                Warning(at, "geometry", value, issue.Message);
            }
        }

        return ok;
    }

    private static bool IsAt(XElement point, LonLat location) =>
        double.TryParse(Value(point, "Longitude", "Lon", "Long", "X"), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && double.TryParse(Value(point, "Latitude", "Lat", "Y"), NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
        && Math.Abs(x - location.Longitude) < 1e-9 && Math.Abs(y - location.Latitude) < 1e-9;

    private static string Text(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"{c.Y} {c.X}");

    /// <summary>Adds an item; its reference is given (it carries the IMSMA GUID and local ID).</summary>
    public void Add(string itemRef, ObjectKind kind, JsonObject attributes, Geometry? geometry, string? targetCode = null)
    {
        if (targetCode is not null)
        {
            attributes["code"] = targetCode;
        }

        Items.Add(new FieldReportItem(itemRef, kind, attributes.ToJsonString(), geometry, targetCode, null));
    }

    private string? CheckCode(XElement e, string field, string table, string value)
    {
        if (codes.Contains(table, value))
        {
            return value;
        }

        var byLabel = codes.AllValues.FirstOrDefault(v => v.Table == table && string.Equals(v.Label.En, value, StringComparison.OrdinalIgnoreCase));
        if (byLabel is not null)
        {
            return byLabel.Code;
        }

        var near = codes.Suggest(table, value.ToLowerInvariant().Replace(' ', '-'));
        Error(e, field, value, $"not a code or English label of {table}" + (near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : "."));
        return null;
    }
}
