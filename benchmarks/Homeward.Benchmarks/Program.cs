using BenchmarkDotNet.Running;
using Homeward.Benchmarks.Peers;

// "peers" runs the side-by-side comparisons with PROJ, PostGIS and GeoPandas; anything else goes to BenchmarkDotNet.
if (args is ["peers", .. var rest])
{
    return await SideBySide.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
