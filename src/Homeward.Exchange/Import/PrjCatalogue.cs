using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Geo.Crs;

namespace Homeward.Exchange.Import;

/// <summary>
/// Matches the WKT of a <c>.prj</c> file (Esri or OGC style) to Homeward's CRS catalogue: WGS 84, Pulkovo 1942, every
/// WGS 84 / UTM zone and Pulkovo 1942 Gauss–Krüger zones 8 and 9. Projected systems are matched by their datum and
/// Transverse Mercator parameters, not by name, so the names different programs write all match.
/// </summary>
public static partial class PrjCatalogue
{
    /// <summary>Finds the CRS a <c>.prj</c> file describes.</summary>
    /// <param name="wkt">The file's text.</param>
    /// <param name="srid">The EPSG code of the CRS.</param>
    /// <returns>Whether the CRS is one Homeward knows.</returns>
    public static bool TryMatch(string wkt, out int srid)
    {
        ArgumentNullException.ThrowIfNull(wkt);
        srid = 0;
        var text = wkt.Trim();
        var pulkovo = text.Contains("Pulkovo", StringComparison.OrdinalIgnoreCase) || text.Contains("Krassowsky", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Krasovsky", StringComparison.OrdinalIgnoreCase);
        var wgs84 = !pulkovo && (text.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) || text.Contains("WGS 84", StringComparison.OrdinalIgnoreCase)
            || text.Contains("WGS84", StringComparison.OrdinalIgnoreCase));
        if (text.StartsWith("GEOGCS", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GEOGCRS", StringComparison.OrdinalIgnoreCase))
        {
            srid = pulkovo ? 4284 : wgs84 ? 4326 : 0;
            return srid != 0;
        }

        if (!text.StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase) || !text.Contains("Transverse_Mercator", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("Gauss_Kruger", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Parameter(text, "central_meridian") is not { } centralMeridian || Parameter(text, "false_easting") is not { } falseEasting)
        {
            return false;
        }

        var scale = Parameter(text, "scale_factor") ?? 1;
        var falseNorthing = Parameter(text, "false_northing") ?? 0;
        var latitudeOfOrigin = Parameter(text, "latitude_of_origin") ?? 0;
        if (latitudeOfOrigin != 0)
        {
            return false;
        }

        foreach (var crs in Candidates(centralMeridian, wgs84, pulkovo))
        {
            var p = crs.Projection!;
            if (Near(p.CentralMeridianDegrees, centralMeridian) && Near(p.ScaleFactor, scale) && Near(p.FalseEastingMetres, falseEasting)
                && Near(p.FalseNorthingMetres, falseNorthing))
            {
                srid = crs.Srid;
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<CoordinateReferenceSystem> Candidates(double centralMeridian, bool wgs84, bool pulkovo)
    {
        if (pulkovo)
        {
            yield return CoordinateReferenceSystem.Pulkovo1942GaussKrugerZone8;
            yield return CoordinateReferenceSystem.Pulkovo1942GaussKrugerZone9;
        }
        else if (wgs84)
        {
            var zone = (int)Math.Round((centralMeridian + 183) / 6);
            if (zone is >= 1 and <= 60)
            {
                yield return CoordinateReferenceSystem.Utm(zone, north: true);
                yield return CoordinateReferenceSystem.Utm(zone, north: false);
            }
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    private static double? Parameter(string wkt, string name)
    {
        var match = ParameterPattern().Matches(wkt).FirstOrDefault(m => string.Equals(m.Groups[1].Value, name, StringComparison.OrdinalIgnoreCase));
        return match is not null && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex("""PARAMETER\s*\[\s*"([^"]+)"\s*,\s*([-+0-9.eE]+)\s*\]""", RegexOptions.IgnoreCase)]
    private static partial Regex ParameterPattern();
}
