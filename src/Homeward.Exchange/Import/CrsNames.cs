using System.Globalization;

namespace Homeward.Exchange.Import;

/// <summary>Reads the names files give to reference systems: <c>EPSG:32638</c>, <c>urn:ogc:def:crs:EPSG::32638</c>, <c>OGC:CRS84</c>.</summary>
internal static class CrsNames
{
    public static bool TryParseUrn(string name, out int srid)
    {
        srid = 0;
        var text = name.Trim();
        if (text.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            srid = 4326;
            return true;
        }

        var epsg = text.LastIndexOf("EPSG", StringComparison.OrdinalIgnoreCase);
        if (epsg < 0)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out srid) && srid > 0;
        }

        var digits = text[(epsg + 4)..].TrimStart(':', ' ');
        var colon = digits.LastIndexOf(':');
        if (colon >= 0)
        {
            digits = digits[(colon + 1)..];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out srid) && srid > 0;
    }
}
