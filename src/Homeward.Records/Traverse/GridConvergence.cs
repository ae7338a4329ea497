using Homeward.Geo.Crs;

namespace Homeward.Records.Traverse;

/// <summary>
/// The meridian (grid) convergence γ of a Transverse Mercator CRS: the angle from grid north to true north, positive east
/// of the central meridian in the northern hemisphere. Grid bearing = true bearing − γ (spec section 2.3). Thread-safe.
/// </summary>
public static class GridConvergence
{
    /// <summary>γ at a point, by the ellipsoidal series to the fifth power of the longitude difference (agrees with PROJ's <c>proj -V</c> to 1e-8° within a zone).</summary>
    /// <param name="crs">A projected CRS of the catalogue (UTM or Gauss–Krüger).</param>
    /// <param name="longitudeDegrees">The longitude of the point.</param>
    /// <param name="latitudeDegrees">The latitude of the point.</param>
    /// <returns>γ in degrees.</returns>
    /// <exception cref="ArgumentException"><paramref name="crs"/> is geographic.</exception>
    public static double Degrees(CoordinateReferenceSystem crs, double longitudeDegrees, double latitudeDegrees)
    {
        ArgumentNullException.ThrowIfNull(crs);
        var projection = crs.Projection ?? throw new ArgumentException($"{crs} is geographic: it has no grid convergence.", nameof(crs));
        var flattening = crs.Datum == GeodeticDatum.Pulkovo1942 ? 1 / 298.3 : 1 / 298.257223563;
        var e2 = flattening * (2 - flattening);
        var secondEccentricity2 = e2 / (1 - e2);
        var phi = latitudeDegrees * Math.PI / 180;
        var dl = (longitudeDegrees - projection.CentralMeridianDegrees) * Math.PI / 180;
        var (sin, cos, tan) = (Math.Sin(phi), Math.Cos(phi), Math.Tan(phi));
        var eta2 = secondEccentricity2 * cos * cos;
        var gamma = dl * sin * (1
            + dl * dl * cos * cos / 3 * (1 + 3 * eta2 + 2 * eta2 * eta2)
            + Math.Pow(dl * cos, 4) / 15 * (2 - tan * tan));
        return gamma * 180 / Math.PI;
    }
}
