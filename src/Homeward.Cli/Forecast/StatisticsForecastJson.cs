using System.Text.Json;
using System.Text.Json.Serialization;
using Homeward.Cli.Rendering;
using Homeward.Planning.Statistics;

namespace Homeward.Cli.Forecast;

/// <summary>The JSON form of a forecast from statistics (docs/planning.md): dates ISO 8601, areas in m².</summary>
internal static class StatisticsForecastJson
{
    // Unlike the other commands' JSON, nulls are written: a completion quantile of null means "not within the horizon".
    private static readonly JsonSerializerOptions Options = new(CliJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static void Write(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));

    public static object Of(StatisticsForecast f, string source) => new
    {
        source,
        asOf = f.AsOf,
        runs = f.Runs,
        seed = f.Seed,
        releasedToDateM2 = f.ReleasedToDateM2,
        remainingM2 = f.RemainingM2,
        completion = f.Completion is null ? null : new
        {
            p10 = f.Completion.P10,
            p50 = f.Completion.P50,
            p90 = f.Completion.P90,
            notWithinHorizonShare = f.Completion.ShareNotWithinHorizon,
            horizon = f.Completion.Horizon,
        },
        cumulative = f.Cumulative.Select(Quantiles),
        model = new
        {
            rateBasis = f.Model.RateBasis,
            periodsFitted = f.Model.PeriodsFitted,
            releasedM2PerDay = f.Model.ReleasedM2PerDay,
            productivityM2PerCapacityDay = f.Model.ProductivityM2PerCapacityDay,
            capacity = f.Model.Capacity,
            growthPerYear = f.Model.GrowthPerYear,
            growthLogStandardError = f.Model.GrowthLogStandardError,
            logSigma = f.Model.LogSigma,
            revisionPerYear = f.Model.RevisionPerYear,
            revisionIntervals = f.Model.RevisionIntervals,
            surveyShareOfRelease = f.Model.SurveyShareOfRelease,
            stepDays = f.Model.StepDays,
        },
        notes = f.Notes,
    };

    public static object Quantiles(CumulativeReleaseQuantiles q) => new
    {
        date = q.Date,
        p10 = q.P10,
        p50 = q.P50,
        p90 = q.P90,
        remainingM2P10 = q.RemainingM2P10,
        remainingM2P50 = q.RemainingM2P50,
        remainingM2P90 = q.RemainingM2P90,
    };
}
