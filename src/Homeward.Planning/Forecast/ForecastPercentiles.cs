namespace Homeward.Planning.Forecast;

/// <summary>Dates at the 10th, 50th, 80th and 90th percentiles of a simulated finish, and the mean in working days.</summary>
/// <param name="Code">What finishes (package, settlement or district code).</param>
/// <param name="P10">The 10th percentile date.</param>
/// <param name="P50">The median date.</param>
/// <param name="P80">The 80th percentile date.</param>
/// <param name="P90">The 90th percentile date.</param>
/// <param name="MeanWorkDays">The mean finish in working days from the start.</param>
public sealed record ForecastPercentiles(string Code, DateOnly P10, DateOnly P50, DateOnly P80, DateOnly P90, double MeanWorkDays);
