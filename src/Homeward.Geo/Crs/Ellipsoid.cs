namespace Homeward.Geo.Crs;

/// <summary>A reference ellipsoid: its semi-major axis and flattening. Immutable.</summary>
internal sealed class Ellipsoid
{
    private Ellipsoid(string name, double semiMajorAxisMetres, double inverseFlattening)
    {
        Name = name;
        SemiMajorAxisMetres = semiMajorAxisMetres;
        InverseFlattening = inverseFlattening;
        var flattening = 1 / inverseFlattening;
        EccentricitySquared = flattening * (2 - flattening);
        SemiMinorAxisMetres = semiMajorAxisMetres * (1 - flattening);
    }

    /// <summary>WGS 84 (EPSG:7030).</summary>
    public static Ellipsoid Wgs84 { get; } = new("WGS 84", 6_378_137, 298.257223563);

    /// <summary>Krassowsky 1940 (EPSG:7024), the ellipsoid of Pulkovo 1942.</summary>
    public static Ellipsoid Krassowsky1940 { get; } = new("Krassowsky 1940", 6_378_245, 298.3);

    public string Name { get; }

    public double SemiMajorAxisMetres { get; }

    public double SemiMinorAxisMetres { get; }

    public double InverseFlattening { get; }

    /// <summary>The first eccentricity squared, e² = f (2 − f).</summary>
    public double EccentricitySquared { get; }
}
