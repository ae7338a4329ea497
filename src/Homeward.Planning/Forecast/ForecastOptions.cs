using Homeward.Planning.Model;

namespace Homeward.Planning.Forecast;

/// <summary>How to run the Monte Carlo forecast.</summary>
/// <param name="Runs">Simulated futures (at least 10,000 for published figures).</param>
/// <param name="Seed">The seed: the same seed gives the same answer, whatever the number of threads.</param>
/// <param name="Threads">Threads to simulate on.</param>
public sealed record ForecastOptions(int Runs = 10_000, int Seed = 2020, int Threads = 2)
{
    /// <summary>
    /// Each package's own luck on top of the programme-wide productivity of its method (terrain, density, access),
    /// as a factor on its rate.
    /// </summary>
    public ThreePointEstimate PackageVariation { get; init; } = new(0.6, 1.0, 1.6);

    /// <summary>
    /// The whole programme's luck in each simulated future, as a factor on every team's rate: funding, access, policy
    /// and the error of the calibration itself, which no per-team estimate carries.
    /// </summary>
    public ThreePointEstimate ProgrammeVariation { get; init; } = new(0.6, 1.0, 1.5);

    /// <summary>How many months of the national fan chart to report (from the plan's start).</summary>
    public int FanMonths { get; init; } = 240;
}
