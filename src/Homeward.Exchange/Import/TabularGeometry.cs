using System.Globalization;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Import;

/// <summary>
/// Where the geometry of a spreadsheet or CSV row comes from: a WKT column, or an X and a Y column (longitude and
/// latitude, or easting and northing of a stated CRS). Found from the column names unless given.
/// </summary>
/// <param name="WktColumn">The column of WKT text, or <see langword="null"/>.</param>
/// <param name="XColumn">The longitude or easting column, or <see langword="null"/>.</param>
/// <param name="YColumn">The latitude or northing column, or <see langword="null"/>.</param>
/// <param name="Srid">The CRS of the values, or <see langword="null"/> when the file does not say (longitude and latitude are WGS 84).</param>
public sealed record TabularGeometry(string? WktColumn, string? XColumn, string? YColumn, int? Srid)
{
    private static readonly string[] WktNames = ["wkt", "geometry", "geom", "thegeom", "wktgeom", "shape"];
    private static readonly string[] LonNames = ["lon", "longitude", "lng", "long", "x"];
    private static readonly string[] LatNames = ["lat", "latitude", "y"];
    private static readonly string[] EastNames = ["easting", "east", "e"];
    private static readonly string[] NorthNames = ["northing", "north", "n"];

    /// <summary>What the columns are called in messages: <c>WKT</c> or <c>lon/lat</c>.</summary>
    public string Field => WktColumn ?? $"{XColumn}/{YColumn}";

    /// <summary>Finds the geometry columns among <paramref name="columns"/> by name, unless <paramref name="given"/> names them.</summary>
    /// <param name="columns">The header.</param>
    /// <param name="given">The columns a mapping names, or <see langword="null"/>.</param>
    /// <param name="error">Why the given columns cannot be used.</param>
    /// <returns>The geometry columns, or <see langword="null"/> when the rows have none.</returns>
    public static TabularGeometry? Find(IReadOnlyList<string> columns, TabularGeometry? given, out string? error)
    {
        ArgumentNullException.ThrowIfNull(columns);
        error = null;
        if (given is not null && (given.WktColumn is not null || given.XColumn is not null))
        {
            var missing = new[] { given.WktColumn, given.XColumn, given.YColumn }.Where(c => c is not null && !columns.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0 || (given.WktColumn is null && given.YColumn is null))
            {
                error = missing.Count > 0 ? $"the mapping names the geometry column(s) {string.Join(", ", missing)}, which the file does not have; its columns are {string.Join(", ", columns)}."
                    : "the mapping gives an x column without a y column.";
                return null;
            }

            return given;
        }

        string? Named(string[] names) => columns.FirstOrDefault(c => names.Contains(ImportMapping.Normalize(c), StringComparer.Ordinal));
        var srid = given?.Srid;
        if (Named(WktNames) is { } wkt)
        {
            return new TabularGeometry(wkt, null, null, srid);
        }

        if (Named(LonNames) is { } lon && Named(LatNames) is { } lat)
        {
            return new TabularGeometry(null, lon, lat, srid);
        }

        if (Named(EastNames) is { } east && Named(NorthNames) is { } north)
        {
            if (srid is null)
            {
                error = $"the columns {east} and {north} are an easting and a northing, but the file does not say in which CRS; give one with --crs (for example EPSG:32638 for UTM 38N, EPSG:28408 for SK-42 Gauss–Krüger zone 8) or 'crs' in the mapping.";
                return null;
            }

            return new TabularGeometry(null, east, north, srid);
        }

        return null;
    }

    /// <summary>Builds the geometry of a row.</summary>
    /// <param name="attributes">The row.</param>
    /// <param name="problem">Why the geometry cannot be built.</param>
    /// <returns>The geometry in <see cref="Srid"/> (or 4326), or <see langword="null"/>.</returns>
    public Geometry? Build(IReadOnlyDictionary<string, object?> attributes, out string? problem) =>
        Build(attributes, GeometryServices.ForSrid(Srid ?? GeometryServices.StorageSrid), out problem);

    /// <summary>Builds the geometry of a row with the factory of <see cref="Srid"/>, which a reader of many rows gets once.</summary>
    internal Geometry? Build(IReadOnlyDictionary<string, object?> attributes, GeometryFactory factory, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        problem = null;
        if (WktColumn is not null)
        {
            if (attributes.GetValueOrDefault(WktColumn) is not string text || string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                var geometry = new WKTReader(factory.GeometryServices).Read(text);
                return geometry.IsEmpty ? null : factory.CreateGeometry(geometry);
            }
            catch (Exception ex) when (ex is ParseException or ArgumentException or FormatException or InvalidOperationException)
            {
                problem = $"not valid WKT: {ex.Message}";
                return null;
            }
        }

        var xValue = attributes.GetValueOrDefault(XColumn!);
        var yValue = attributes.GetValueOrDefault(YColumn!);
        if (xValue is null && yValue is null)
        {
            return null;
        }

        if (!TryNumber(xValue, out var x) || !TryNumber(yValue, out var y))
        {
            problem = $"'{xValue}' and '{yValue}' are not a pair of numbers.";
            return null;
        }

        return factory.CreatePoint(new Coordinate(x, y));
    }

    /// <summary>Reads a number written invariant (<c>46.5</c>) or with a decimal comma (<c>46,5</c>).</summary>
    internal static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case long l:
                number = l;
                return true;
            case int i:
                number = i;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case string s:
                var text = s.Trim();
                var comma = text.IndexOf(',', StringComparison.Ordinal);
                if (comma >= 0 && comma == text.LastIndexOf(',') && !text.Contains('.', StringComparison.Ordinal))
                {
                    text = text.Replace(',', '.');
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                number = 0;
                return false;
        }
    }
}
