using MathNet.Numerics.Distributions;

namespace Homeward.Planning.Statistics;

/// <summary>
/// A least-squares fit of y = a + b·x (or y = a when there is no slope) with the Bayesian predictive draws of a flat prior:
/// σ² from the scaled inverse χ² of the residuals, then (a, b) from their normal given σ². Forecasts drawn this way have
/// intervals that cover at their nominal rate when the data follow the model, even with few points.
/// </summary>
internal sealed class LogLinearFit
{
    private readonly double _cholesky11;
    private readonly double _cholesky21;
    private readonly double _cholesky22;

    private LogLinearFit(double intercept, double slope, double residualVariance, int degreesOfFreedom, bool hasSlope,
        double c11, double c21, double c22, double fallbackSigma)
    {
        Intercept = intercept;
        Slope = slope;
        ResidualVariance = residualVariance;
        DegreesOfFreedom = degreesOfFreedom;
        HasSlope = hasSlope;
        _cholesky11 = c11;
        _cholesky21 = c21;
        _cholesky22 = c22;
        FallbackSigma = fallbackSigma;
    }

    /// <summary>The fitted value at x = 0.</summary>
    public double Intercept { get; }

    /// <summary>The fitted slope (0 without one).</summary>
    public double Slope { get; }

    /// <summary>The residual variance s² (sum of squares over the degrees of freedom); 0 without degrees of freedom.</summary>
    public double ResidualVariance { get; }

    /// <summary>Points minus parameters.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Whether a slope was fitted.</summary>
    public bool HasSlope { get; }

    /// <summary>The σ used when there are no degrees of freedom to estimate it from.</summary>
    public double FallbackSigma { get; }

    /// <summary>The residual standard deviation, or the fallback when it cannot be estimated.</summary>
    public double Sigma => DegreesOfFreedom > 0 ? Math.Sqrt(ResidualVariance) : FallbackSigma;

    /// <summary>The standard error of the slope (0 without one).</summary>
    public double SlopeStandardError => HasSlope ? Sigma * Math.Sqrt((_cholesky21 * _cholesky21) + (_cholesky22 * _cholesky22)) : 0;

    /// <summary>
    /// Fits the points; a slope only when <paramref name="withSlope"/> and there are at least four points at two or more
    /// distinct x (fewer would leave at most one degree of freedom for σ, whose draws then have no finite variance).
    /// </summary>
    public static LogLinearFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, bool withSlope, double fallbackSigma)
    {
        var n = x.Count;
        var meanX = x.Average();
        var meanY = y.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        var slope = withSlope && n >= 4 && sxx > 1e-12;
        if (!slope)
        {
            var ss = y.Sum(v => (v - meanY) * (v - meanY));
            var df = n - 1;
            // Var(a) = σ²/n.
            return new LogLinearFit(meanY, 0, df > 0 ? ss / df : 0, df, false, Math.Sqrt(1.0 / n), 0, 0, fallbackSigma);
        }

        var b = Enumerable.Range(0, n).Sum(i => (x[i] - meanX) * (y[i] - meanY)) / sxx;
        var a = meanY - (b * meanX);
        var rss = Enumerable.Range(0, n).Sum(i => Math.Pow(y[i] - a - (b * x[i]), 2));
        var dfSlope = n - 2;

        // (XᵀX)⁻¹ for columns (1, x): [[Σx², −Σx], [−Σx, n]] / (n·Sxx); its Cholesky factor L gives (a, b) = β̂ + σ·L·z.
        var sumX2 = x.Sum(v => v * v);
        var v11 = sumX2 / (n * sxx);
        var v21 = -meanX / sxx;
        var v22 = 1.0 / sxx;
        var c11 = Math.Sqrt(v11);
        var c21 = v21 / c11;
        var c22 = Math.Sqrt(Math.Max(0, v22 - (c21 * c21)));
        return new LogLinearFit(a, b, rss / dfSlope, dfSlope, true, c11, c21, c22, fallbackSigma);
    }

    /// <summary>Draws σ, then the intercept and slope given σ, from the predictive distribution.</summary>
    public (double Intercept, double Slope, double Sigma) Draw(System.Random random)
    {
        // σ is capped at five times its estimate: with one or two degrees of freedom the inverse χ² has tails that would
        // otherwise send a few runs' rates to infinity; the cap changes the quantiles we report only with such tiny samples.
        var sigma = DegreesOfFreedom > 0
            ? Math.Min(Math.Sqrt(ResidualVariance * DegreesOfFreedom / ChiSquared.Sample(random, DegreesOfFreedom)), 5 * Math.Sqrt(ResidualVariance))
            : FallbackSigma;
        var z1 = Normal.Sample(random, 0, 1);
        if (!HasSlope)
        {
            return (Intercept + (sigma * _cholesky11 * z1), 0, sigma);
        }

        var z2 = Normal.Sample(random, 0, 1);
        return (Intercept + (sigma * _cholesky11 * z1), Slope + (sigma * ((_cholesky21 * z1) + (_cholesky22 * z2))), sigma);
    }
}
