using Homeward.Testing;

// One throw-away PostGIS cluster for the whole test run, started by the first test that asks for it.
[assembly: AssemblyFixture(typeof(PostgisFixture))]
