using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Homeward.Geo.Crs;

/// <summary>
/// A transformation from Pulkovo 1942 (SK-42, EPSG:4284) to WGS 84 (EPSG:4326): a seven-parameter Helmert transformation
/// of geocentric coordinates, as published by EPSG. The choice matters at the metre level (a few metres between these
/// transformations, about 100 m against none), so store the <see cref="EpsgCode"/> with every geometry converted with it
/// and add <see cref="AccuracyMetres"/> to its uncertainty.
/// </summary>
/// <remarks>
/// The parameters are kept exactly as EPSG publishes them, in the transformation's own <see cref="Convention"/>; the
/// arithmetic follows PROJ's <c>helmert</c> step (small-angle rotation matrix, inverse through the transposed matrix), so
/// results agree with PROJ to far below a millimetre. Heights are not transformed: points are taken on the ellipsoid.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class DatumTransformation
{
    private DatumTransformation(
        int epsgCode,
        string name,
        HelmertConvention convention,
        (double X, double Y, double Z) translationMetres,
        (double X, double Y, double Z) rotationArcSeconds,
        double scaleDifferencePpm,
        double accuracyMetres,
        string areaOfUse)
    {
        EpsgCode = epsgCode;
        Name = name;
        Convention = convention;
        (TranslationXMetres, TranslationYMetres, TranslationZMetres) = translationMetres;
        (RotationXArcSeconds, RotationYArcSeconds, RotationZArcSeconds) = rotationArcSeconds;
        ScaleDifferencePpm = scaleDifferencePpm;
        AccuracyMetres = accuracyMetres;
        AreaOfUse = areaOfUse;
        Shift = new HelmertShift(this, Ellipsoid.Krassowsky1940, Ellipsoid.Wgs84);
    }

    /// <summary>
    /// EPSG:15865, "Pulkovo 1942 to WGS 84 (16)", Coordinate Frame: tx 25, ty −141, tz −78.5 m; rx 0, ry −0.35, rz −0.736″;
    /// scale 0. Accuracy 4.5 m. The former Soviet Union onshore, including Armenia, Azerbaijan and Georgia. The default,
    /// and the one PROJ picks in Karabakh.
    /// </summary>
    public static DatumTransformation Epsg15865 { get; } = new(
        15865, "Pulkovo 1942 to WGS 84 (16)", HelmertConvention.CoordinateFrame,
        (25, -141, -78.5), (0, -0.35, -0.736), 0, 4.5,
        "Former Soviet Union onshore, including Armenia, Azerbaijan and Georgia (EPSG extent 2423).");

    /// <summary>
    /// EPSG:1807, "Pulkovo 1942 to WGS 84 (13)" (AIOC95), Position Vector: tx 27, ty −135, tz −84.5 m; rx 0, ry 0,
    /// rz 0.554″; scale 0.2263 ppm. Accuracy 10 m. Azerbaijan. Superseded in EPSG by <see cref="Epsg1808"/> (PROJ lists it
    /// only with <c>--show-superseded</c>); offered for records known to have been converted with it.
    /// </summary>
    public static DatumTransformation Epsg1807 { get; } = new(
        1807, "Pulkovo 1942 to WGS 84 (13)", HelmertConvention.PositionVector,
        (27, -135, -84.5), (0, 0, 0.554), 0.2263, 10,
        "Azerbaijan (EPSG extent 1038).");

    /// <summary>
    /// EPSG:1808, "Pulkovo 1942 to WGS 84 (14)" (AIOC97), Position Vector: tx 686.1, ty −123.5, tz −574.4 m; rx 8.045,
    /// ry −23.366, rz 10.791″; scale −2.926 ppm. Accuracy 5 m. Azerbaijan (including the Caspian) and Georgia onshore;
    /// the Azerbaijan-specific alternative to <see cref="Epsg15865"/>.
    /// </summary>
    public static DatumTransformation Epsg1808 { get; } = new(
        1808, "Pulkovo 1942 to WGS 84 (14)", HelmertConvention.PositionVector,
        (686.1, -123.5, -574.4), (8.045, -23.366, 10.791), -2.926, 5,
        "Azerbaijan, including the Caspian, and Georgia onshore (EPSG extent 2593).");

    /// <summary>
    /// EPSG:1809, "Pulkovo 1942 to WGS 84 (15)" (TFE-Aze97), Position Vector: tx 926.4, ty −715.9, tz −186.4 m; rx −10.364,
    /// ry −20.78, rz 26.452″; scale −7.224 ppm. Accuracy 2 m, but only in the coastal strip from Baku to Astara: never
    /// use it in Karabakh.
    /// </summary>
    public static DatumTransformation Epsg1809 { get; } = new(
        1809, "Pulkovo 1942 to WGS 84 (15)", HelmertConvention.PositionVector,
        (926.4, -715.9, -186.4), (-10.364, -20.78, 26.452), -7.224, 2,
        "Azerbaijan, the coastal strip Baku–Astara only (EPSG extent 2594).");

    /// <summary>The default transformation: <see cref="Epsg15865"/>.</summary>
    public static DatumTransformation Default => Epsg15865;

    /// <summary>Every transformation offered, the default first.</summary>
    public static IReadOnlyList<DatumTransformation> All { get; } = [Epsg15865, Epsg1807, Epsg1808, Epsg1809];

    /// <summary>The EPSG code of the transformation.</summary>
    public int EpsgCode { get; }

    /// <summary>The EPSG name, for example <c>Pulkovo 1942 to WGS 84 (16)</c>.</summary>
    public string Name { get; }

    /// <summary>The rotation convention the EPSG parameters are published in.</summary>
    public HelmertConvention Convention { get; }

    /// <summary>The X translation in metres (geocentric, Pulkovo 1942 to WGS 84).</summary>
    public double TranslationXMetres { get; }

    /// <summary>The Y translation in metres.</summary>
    public double TranslationYMetres { get; }

    /// <summary>The Z translation in metres.</summary>
    public double TranslationZMetres { get; }

    /// <summary>The rotation about the X axis in arc-seconds, in <see cref="Convention"/>.</summary>
    public double RotationXArcSeconds { get; }

    /// <summary>The rotation about the Y axis in arc-seconds, in <see cref="Convention"/>.</summary>
    public double RotationYArcSeconds { get; }

    /// <summary>The rotation about the Z axis in arc-seconds, in <see cref="Convention"/>.</summary>
    public double RotationZArcSeconds { get; }

    /// <summary>The scale difference in parts per million.</summary>
    public double ScaleDifferencePpm { get; }

    /// <summary>The accuracy EPSG states, in metres.</summary>
    public double AccuracyMetres { get; }

    /// <summary>Where EPSG says the transformation applies, in words.</summary>
    public string AreaOfUse { get; }

    /// <summary>The Helmert arithmetic, built once.</summary>
    internal HelmertShift Shift { get; }

    /// <summary>Finds a transformation by its EPSG code.</summary>
    /// <param name="epsgCode">The EPSG code, for example 15865.</param>
    /// <param name="transformation">The transformation, or <see langword="null"/> if not offered.</param>
    /// <returns>Whether the code is one of <see cref="All"/>.</returns>
    public static bool TryFromEpsgCode(int epsgCode, [NotNullWhen(true)] out DatumTransformation? transformation)
    {
        transformation = All.FirstOrDefault(t => t.EpsgCode == epsgCode);
        return transformation is not null;
    }

    /// <summary>
    /// The seven parameters in the Position Vector convention, as PROJ's <c>+towgs84=</c> and the WKT 1 <c>TOWGS84[...]</c>
    /// clause take them: tx, ty, tz in metres, rx, ry, rz in arc-seconds, scale in ppm. For a Coordinate Frame
    /// transformation the rotations are negated, so EPSG:15865 gives <c>25,-141,-78.5,0,0.35,0.736,0</c>.
    /// </summary>
    /// <returns>The comma-separated parameters, invariant culture.</returns>
    public string ToTowgs84()
    {
        var sign = Convention == HelmertConvention.PositionVector ? 1 : -1;
        double[] values =
        [
            TranslationXMetres, TranslationYMetres, TranslationZMetres,
            sign * RotationXArcSeconds, sign * RotationYArcSeconds, sign * RotationZArcSeconds, ScaleDifferencePpm,
        ];

        // 0.0 and −0.0 both print as 0, as PROJ writes them.
        return string.Join(',', values.Select(v => (v == 0 ? 0 : v).ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>The transformation as <c>EPSG:15865 Pulkovo 1942 to WGS 84 (16)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{EpsgCode} {Name}");
}
