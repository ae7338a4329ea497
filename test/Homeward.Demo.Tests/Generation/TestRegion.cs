using Homeward.Demo.Generation;
using Homeward.Demo.Region;
using Homeward.Geo;

namespace Homeward.Demo.Tests.Generation;

/// <summary>The shipped region data and generated scenarios, read and generated once per test run.</summary>
internal static class TestRegion
{
    private static readonly Lazy<Task<RegionData>> Data = new(() => RegionDataReader.ReadAsync(RegionDataReader.DefaultDirectory, CancellationToken.None));

    private static readonly Dictionary<DemoOptions, Task<Scenario>> Scenarios = [];

    public static Task<RegionData> ReadAsync() => Data.Value;

    /// <summary>The scenario for <paramref name="options"/>; generated once and shared, so tests must not change it.</summary>
    public static Task<Scenario> ScenarioAsync(DemoOptions options)
    {
        lock (Scenarios)
        {
            if (!Scenarios.TryGetValue(options, out var scenario))
            {
                // Each generation gets its own measure: UtmMetricMeasure is not safe to share between threads.
                scenario = Task.Run(async () => ScenarioGenerator.Generate(await ReadAsync(), options, new UtmMetricMeasure(38, north: true)));
                Scenarios[options] = scenario;
            }

            return scenario;
        }
    }
}
