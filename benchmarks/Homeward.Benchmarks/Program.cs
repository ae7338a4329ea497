using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Homeward.Benchmarks.Storage.GeoPackageStoreBenchmarks).Assembly).Run(args);
