namespace Homeward.Planning.Forecast;

/// <summary>The Monte Carlo forecast of a plan.</summary>
/// <param name="Runs">The simulated futures.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Packages">Finish dates per work package.</param>
/// <param name="Settlements">Safe-to-return dates per settlement blocked by a hazard.</param>
/// <param name="Districts">Dates on which each district's last package finishes.</param>
/// <param name="Completion">The date the last package finishes.</param>
/// <param name="National">The national remaining area over time.</param>
public sealed record ClearanceForecast(
    int Runs,
    int Seed,
    IReadOnlyList<ForecastPercentiles> Packages,
    IReadOnlyList<ForecastPercentiles> Settlements,
    IReadOnlyList<ForecastPercentiles> Districts,
    ForecastPercentiles Completion,
    IReadOnlyList<NationalRemaining> National)
{
    /// <summary>Dates on which each hazardous area's last package finishes.</summary>
    public IReadOnlyList<ForecastPercentiles> Hazards { get; init; } = [];

    /// <summary>The remaining area when the forecast starts.</summary>
    public double StartRemainingSquareMetres { get; init; }

    /// <summary>The time the simulation took.</summary>
    public double WallSeconds { get; init; }
}
