namespace Homeward.Geo.Crs;

/// <summary>
/// The arithmetic of a <see cref="DatumTransformation"/>: geographic degrees on the source ellipsoid, to geocentric
/// metres (height 0), through the Helmert transformation, back to geographic degrees on the target ellipsoid.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// This does what PROJ's pipeline <c>push v_3, cart, helmert, inv cart, pop v_3</c> does, with the same formulas:
/// X' = T + (1 + s)·R·X forward and X = Rᵀ·(X' − T) / (1 + s) inverse, R the small-angle rotation matrix in the Position
/// Vector convention. ProjNET 2.0's datum step is not used: its inverse Helmert removes the translation after the rotation
/// instead of before (0.5 mm off for EPSG:15865, a decimetre for EPSG:1808), and its one-step geocentric-to-geographic
/// conversion puts latitudes 4 mm off.
/// </remarks>
internal sealed class HelmertShift
{
    private const double ArcSecondsToRadians = Math.PI / (180 * 3600);

    private readonly Ellipsoid _source;
    private readonly Ellipsoid _target;
    private readonly double _tx;
    private readonly double _ty;
    private readonly double _tz;
    private readonly double _rx;
    private readonly double _ry;
    private readonly double _rz;
    private readonly double _scale;

    public HelmertShift(DatumTransformation transformation, Ellipsoid source, Ellipsoid target)
    {
        _source = source;
        _target = target;
        _tx = transformation.TranslationXMetres;
        _ty = transformation.TranslationYMetres;
        _tz = transformation.TranslationZMetres;

        // Coordinate Frame rotations are Position Vector rotations with the opposite sign (EPSG Guidance Note 7-2, 4.4.3).
        var sign = transformation.Convention == HelmertConvention.PositionVector ? 1 : -1;
        _rx = sign * transformation.RotationXArcSeconds * ArcSecondsToRadians;
        _ry = sign * transformation.RotationYArcSeconds * ArcSecondsToRadians;
        _rz = sign * transformation.RotationZArcSeconds * ArcSecondsToRadians;
        _scale = 1 + transformation.ScaleDifferencePpm * 1e-6;
    }

    /// <summary>From the source datum to the target datum (Pulkovo 1942 to WGS 84).</summary>
    /// <param name="longitude">Longitude in degrees, replaced by the result.</param>
    /// <param name="latitude">Latitude in degrees, replaced by the result.</param>
    public void Forward(ref double longitude, ref double latitude)
    {
        var (x, y, z) = ToGeocentric(_source, longitude, latitude);
        var xt = _tx + _scale * (x - _rz * y + _ry * z);
        var yt = _ty + _scale * (_rz * x + y - _rx * z);
        var zt = _tz + _scale * (-_ry * x + _rx * y + z);
        (longitude, latitude) = ToGeographic(_target, xt, yt, zt);
    }

    /// <summary>From the target datum back to the source datum (WGS 84 to Pulkovo 1942).</summary>
    /// <param name="longitude">Longitude in degrees, replaced by the result.</param>
    /// <param name="latitude">Latitude in degrees, replaced by the result.</param>
    public void Inverse(ref double longitude, ref double latitude)
    {
        var (xt, yt, zt) = ToGeocentric(_target, longitude, latitude);
        var x = (xt - _tx) / _scale;
        var y = (yt - _ty) / _scale;
        var z = (zt - _tz) / _scale;

        // The transposed matrix, as PROJ does: for the small-angle matrix this is not the exact inverse, and matching PROJ
        // matters more here than an inverse that is exact to 0.1 mm.
        (longitude, latitude) = ToGeographic(_source, x + _rz * y - _ry * z, -_rz * x + y + _rx * z, _ry * x - _rx * y + z);
    }

    private static (double X, double Y, double Z) ToGeocentric(Ellipsoid ellipsoid, double longitudeDegrees, double latitudeDegrees)
    {
        var (sinLat, cosLat) = Math.SinCos(double.DegreesToRadians(latitudeDegrees));
        var (sinLon, cosLon) = Math.SinCos(double.DegreesToRadians(longitudeDegrees));
        var e2 = ellipsoid.EccentricitySquared;
        var primeVertical = ellipsoid.SemiMajorAxisMetres / Math.Sqrt(1 - e2 * sinLat * sinLat);
        return (primeVertical * cosLat * cosLon, primeVertical * cosLat * sinLon, primeVertical * (1 - e2) * sinLat);
    }

    private static (double LongitudeDegrees, double LatitudeDegrees) ToGeographic(Ellipsoid ellipsoid, double x, double y, double z)
    {
        var a = ellipsoid.SemiMajorAxisMetres;
        var b = ellipsoid.SemiMinorAxisMetres;
        var e2 = ellipsoid.EccentricitySquared;
        var p = Math.Sqrt(x * x + y * y);

        // Bowring's closed form, good to about 1e-11 rad near the ellipsoid, then one fixed-point step
        // tan φ = (z + e²·N·sin φ) / p, which contracts by e² per step, to reach double precision.
        var (sinU, cosU) = Math.SinCos(Math.Atan2(z * a, p * b));
        var latitude = Math.Atan2(z + e2 / (1 - e2) * b * sinU * sinU * sinU, p - e2 * a * cosU * cosU * cosU);
        var sinLat = Math.Sin(latitude);
        var primeVertical = a / Math.Sqrt(1 - e2 * sinLat * sinLat);
        latitude = Math.Atan2(z + e2 * primeVertical * sinLat, p);
        return (double.RadiansToDegrees(Math.Atan2(y, x)), double.RadiansToDegrees(latitude));
    }
}
