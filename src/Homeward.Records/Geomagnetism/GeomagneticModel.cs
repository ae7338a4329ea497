using System.Globalization;

namespace Homeward.Records.Geomagnetism;

/// <summary>
/// A spherical-harmonic model of the Earth's main magnetic field (WMM, IGRF): Schmidt semi-normalised Gauss coefficients
/// at one or more epochs, with a secular variation after the last. Evaluated the way NOAA's public-domain WMM code does:
/// geodetic (WGS 84) position to geocentric, the field synthesised there, then rotated back to the geodetic frame.
/// </summary>
/// <remarks>
/// Read a model with <see cref="ReadWmm"/> or <see cref="ReadIgrf"/>, or the shipped ones with
/// <see cref="GeomagneticModels.Load"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class GeomagneticModel
{
    private const double ReferenceRadiusKilometres = 6371.2;
    private const double Wgs84SemiMajorAxisKilometres = 6378.137;
    private const double Wgs84Flattening = 1 / 298.257223563;

    // Coefficients by epoch, each indexed by Index(n, m); the secular variation applies after the last epoch.
    private readonly double[] _epochs;
    private readonly double[][] _g;
    private readonly double[][] _h;
    private readonly double[] _gDot;
    private readonly double[] _hDot;

    private GeomagneticModel(string name, int maxDegree, double[] epochs, double[][] g, double[][] h, double[] gDot, double[] hDot,
        double validToYear)
    {
        Name = name;
        MaxDegree = maxDegree;
        _epochs = epochs;
        _g = g;
        _h = h;
        _gDot = gDot;
        _hDot = hDot;
        ValidToYear = validToYear;
    }

    /// <summary>The model's name, for example <c>WMM-2025</c> or <c>IGRF-14</c>.</summary>
    public string Name { get; }

    /// <summary>The highest degree of the coefficients.</summary>
    public int MaxDegree { get; }

    /// <summary>The first decimal year the model covers (its first epoch).</summary>
    public double ValidFromYear => _epochs[0];

    /// <summary>The last decimal year the model covers (five years after its last epoch).</summary>
    public double ValidToYear { get; }

    /// <summary>Reads a World Magnetic Model coefficient file (<c>WMM.COF</c>: a header <c>epoch name date</c>, then rows <c>n m g h ġ ḣ</c>).</summary>
    /// <param name="text">The file's text. The header is split on blanks, as NCEI's releases differ in its spacing.</param>
    /// <returns>The model, valid from its epoch for five years.</returns>
    /// <exception cref="FormatException">The text is not a WMM coefficient file.</exception>
    public static GeomagneticModel ReadWmm(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var header = lines.Length > 0 ? lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (header.Length < 2 || !TryNumber(header[0], out var epoch))
        {
            throw new FormatException("A WMM coefficient file starts with its epoch and name, for example '2025.0 WMM-2025 11/13/2024'.");
        }

        var rows = new List<(int N, int M, double G, double H, double GDot, double HDot)>();
        foreach (var line in lines.Skip(1).TakeWhile(l => !l.StartsWith("9999", StringComparison.Ordinal)))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 6 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out var n) || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var m)
                || !TryNumber(f[2], out var g) || !TryNumber(f[3], out var h) || !TryNumber(f[4], out var gDot) || !TryNumber(f[5], out var hDot)
                || n < 1 || m < 0 || m > n)
            {
                throw new FormatException($"Not a WMM coefficient row: '{line}'.");
            }

            rows.Add((n, m, g, h, gDot, hDot));
        }

        var maxDegree = rows.Count == 0 ? throw new FormatException("The WMM coefficient file has no coefficients.") : rows.Max(r => r.N);
        var size = Index(maxDegree, maxDegree) + 1;
        double[] gs = new double[size], hs = new double[size], gDots = new double[size], hDots = new double[size];
        foreach (var r in rows)
        {
            var i = Index(r.N, r.M);
            (gs[i], hs[i], gDots[i], hDots[i]) = (r.G, r.H, r.GDot, r.HDot);
        }

        return new GeomagneticModel(header[1], maxDegree, [epoch], [gs], [hs], gDots, hDots, epoch + 5);
    }

    /// <summary>
    /// Reads an IGRF coefficient table in IAGA's text layout (<c>igrf14coeffs.txt</c>): <c>#</c> comments, a header row
    /// <c>g/h n m 1900.0 … 2025.0 2025-30</c>, then rows <c>g|h n m</c> with one value per epoch and the secular variation last.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="name">The model's name, for example <c>IGRF-14</c>.</param>
    /// <returns>The model: linear between epochs, the secular variation for five years after the last.</returns>
    /// <exception cref="FormatException">The text is not an IGRF coefficient table.</exception>
    public static GeomagneticModel ReadIgrf(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#')).ToList();
        var headerIndex = lines.FindIndex(l => l.StartsWith("g/h", StringComparison.Ordinal));
        if (headerIndex < 0)
        {
            throw new FormatException("An IGRF coefficient table has a header row starting 'g/h n m'.");
        }

        // The header's last column names the secular variation (for example 2025-30), the others are epochs.
        var header = lines[headerIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var epochs = header.Skip(3).SkipLast(1).Select(e => TryNumber(e, out var y) ? y : throw new FormatException($"Not an epoch: '{e}'.")).ToArray();
        var rows = new List<(bool IsG, int N, int M, double[] Values)>();
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != epochs.Length + 4 || (f[0] != "g" && f[0] != "h")
                || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var n) || !int.TryParse(f[2], CultureInfo.InvariantCulture, out var m))
            {
                throw new FormatException($"Not an IGRF coefficient row: '{line}'.");
            }

            var values = f.Skip(3).Select(v => TryNumber(v, out var x) ? x : throw new FormatException($"Not a number: '{v}' in '{line}'.")).ToArray();
            rows.Add((f[0] == "g", n, m, values));
        }

        var maxDegree = rows.Count == 0 ? throw new FormatException("The IGRF table has no coefficients.") : rows.Max(r => r.N);
        var size = Index(maxDegree, maxDegree) + 1;
        var g = epochs.Select(_ => new double[size]).ToArray();
        var h = epochs.Select(_ => new double[size]).ToArray();
        double[] gDot = new double[size], hDot = new double[size];
        foreach (var (isG, n, m, values) in rows)
        {
            var i = Index(n, m);
            for (var e = 0; e < epochs.Length; e++)
            {
                (isG ? g : h)[e][i] = values[e];
            }

            (isG ? gDot : hDot)[i] = values[^1];
        }

        return new GeomagneticModel(name, maxDegree, epochs, g, h, gDot, hDot, epochs[^1] + 5);
    }

    /// <summary>Whether the model covers a decimal year.</summary>
    /// <param name="decimalYear">The year, for example 1993.4521.</param>
    /// <returns>Whether <see cref="ValidFromYear"/> ≤ year ≤ <see cref="ValidToYear"/>.</returns>
    public bool Covers(double decimalYear) => decimalYear >= ValidFromYear && decimalYear <= ValidToYear;

    /// <summary>The field at a place and time.</summary>
    /// <param name="latitudeDegrees">Geodetic latitude on WGS 84, −90 to 90 (the poles themselves are moved 1e-7° away).</param>
    /// <param name="longitudeDegrees">Longitude east of Greenwich.</param>
    /// <param name="heightKilometres">Height above the WGS 84 ellipsoid in kilometres.</param>
    /// <param name="decimalYear">The time as a decimal year (see <see cref="GeomagneticModels.DecimalYear"/>).</param>
    /// <returns>The field's north, east and down components.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The latitude is outside ±90°, or the model does not cover the year.</exception>
    public MagneticField Evaluate(double latitudeDegrees, double longitudeDegrees, double heightKilometres, double decimalYear)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(latitudeDegrees), 90, nameof(latitudeDegrees));
        if (!Covers(decimalYear))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalYear), decimalYear,
                string.Create(CultureInfo.InvariantCulture, $"{Name} covers {ValidFromYear:0.0}–{ValidToYear:0.0} only."));
        }

        var (g, h) = CoefficientsAt(decimalYear);
        var phi = Math.Clamp(latitudeDegrees, -90 + 1e-7, 90 - 1e-7) * Math.PI / 180;
        var lambda = longitudeDegrees * Math.PI / 180;

        // Geodetic to geocentric spherical coordinates (WGS 84).
        var e2 = Wgs84Flattening * (2 - Wgs84Flattening);
        var sinPhi = Math.Sin(phi);
        var rc = Wgs84SemiMajorAxisKilometres / Math.Sqrt(1 - e2 * sinPhi * sinPhi);
        var p = (rc + heightKilometres) * Math.Cos(phi);
        var z = (rc * (1 - e2) + heightKilometres) * sinPhi;
        var r = Math.Sqrt(p * p + z * z);
        var phiPrime = Math.Asin(z / r);

        var (pnm, dpnm) = Legendre(Math.Sin(phiPrime), Math.Cos(phiPrime), MaxDegree);
        double north = 0, east = 0, down = 0;
        var ratio = ReferenceRadiusKilometres / r;
        var power = ratio * ratio;
        for (var n = 1; n <= MaxDegree; n++)
        {
            power *= ratio; // (a/r)^(n+2)
            for (var m = 0; m <= n; m++)
            {
                var i = Index(n, m);
                var (cos, sin) = (Math.Cos(m * lambda), Math.Sin(m * lambda));
                var term = g[i] * cos + h[i] * sin;
                north += power * term * dpnm[i];
                east += power * m * (g[i] * sin - h[i] * cos) * pnm[i];
                down -= power * (n + 1) * term * pnm[i];
            }
        }

        east /= Math.Cos(phiPrime);

        // Back to the geodetic frame: rotate by the difference between geocentric and geodetic latitude.
        var psi = phiPrime - phi;
        return new MagneticField(
            north * Math.Cos(psi) - down * Math.Sin(psi),
            east,
            north * Math.Sin(psi) + down * Math.Cos(psi));
    }

    /// <summary>The model as its name and span, for example <c>IGRF-14 (1900.0–2030.0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({ValidFromYear:0.0}–{ValidToYear:0.0})");

    /// <summary>The same model cut at a lower degree, to compare with engines that stop there (pygeomag stops at 12).</summary>
    internal GeomagneticModel TruncatedTo(int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDegree, MaxDegree);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegree, 1);
        var size = Index(maxDegree, maxDegree) + 1;
        return new GeomagneticModel(Name, maxDegree, _epochs, [.. _g.Select(c => c[..size])], [.. _h.Select(c => c[..size])],
            _gDot[..size], _hDot[..size], ValidToYear);
    }

    private static int Index(int n, int m) => n * (n + 1) / 2 + m;

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Schmidt semi-normalised P(n, m)(sin φ′) and dP/dθ (θ the colatitude, so dP/dφ′ = −dP/dθ).</summary>
    private static (double[] P, double[] DP) Legendre(double mu, double s, int maxDegree)
    {
        var size = Index(maxDegree, maxDegree) + 1;
        var p = new double[size];
        var dp = new double[size];
        p[0] = 1;
        for (var n = 1; n <= maxDegree; n++)
        {
            // The sectoral term from the previous one, then the others by the three-term recurrence.
            var k = n == 1 ? 1 : Math.Sqrt(1 - 1.0 / (2 * n));
            var prev = Index(n - 1, n - 1);
            p[Index(n, n)] = k * s * p[prev];
            dp[Index(n, n)] = k * (s * dp[prev] + mu * p[prev]);
            for (var m = 0; m < n; m++)
            {
                var a = Math.Sqrt((double)n * n - m * m);
                var b = n >= 2 && m <= n - 2 ? Math.Sqrt((double)(n - 1) * (n - 1) - m * m) : 0;
                var p1 = p[Index(n - 1, m)];
                var p2 = b == 0 ? 0 : p[Index(n - 2, m)];
                var dp1 = dp[Index(n - 1, m)];
                var dp2 = b == 0 ? 0 : dp[Index(n - 2, m)];
                p[Index(n, m)] = ((2 * n - 1) * mu * p1 - b * p2) / a;
                dp[Index(n, m)] = ((2 * n - 1) * (mu * dp1 - s * p1) - b * dp2) / a;
            }
        }

        return (p, dp);
    }

    private (double[] G, double[] H) CoefficientsAt(double year)
    {
        var last = _epochs.Length - 1;
        if (year >= _epochs[last])
        {
            var dt = year - _epochs[last];
            return (_g[last].Zip(_gDot, (c, d) => c + d * dt).ToArray(), _h[last].Zip(_hDot, (c, d) => c + d * dt).ToArray());
        }

        // Linear between the two epochs that bracket the year.
        var e = Array.FindLastIndex(_epochs, x => x <= year);
        var w = (year - _epochs[e]) / (_epochs[e + 1] - _epochs[e]);
        return (_g[e].Zip(_g[e + 1], (a, b) => a + (b - a) * w).ToArray(), _h[e].Zip(_h[e + 1], (a, b) => a + (b - a) * w).ToArray());
    }
}
