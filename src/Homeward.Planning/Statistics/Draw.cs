namespace Homeward.Planning.Statistics;

/// <summary>One run's draw of the rate model's parameters: log rate at damped time t = level + slope·t + noise.</summary>
internal readonly record struct Draw(double Level, double Slope, double Sigma, double CapacitySigma)
{
    /// <summary>The log release rate (m²/day) of a period at damped time t, given two standard normal draws for its noise.</summary>
    public double LogRateAt(double time, double z1, double z2) => Level + (Slope * time) + (Sigma * z1) + (CapacitySigma * z2);
}
