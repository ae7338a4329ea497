using Homeward.Testing;

[assembly: AssemblyFixture(typeof(PostgisFixture))]
