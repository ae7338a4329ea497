using BenchmarkDotNet.Running;
using Homeward.Benchmarks.Peers;
using Homeward.Benchmarks.Planning;

// "peers" runs the side-by-side comparisons with PROJ, PostGIS and GeoPandas; anything else goes to BenchmarkDotNet.
if (args is ["peers", .. var rest])
{
    return await SideBySide.RunAsync(rest);
}

// "planning" times the scheduling and forecasting targets (docs/benchmarks.md).
if (args is ["planning", .. var planning])
{
    return await PlanningBenchmarks.RunAsync(planning);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
