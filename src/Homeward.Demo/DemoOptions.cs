namespace Homeward.Demo;

/// <summary>What demo region to build.</summary>
public sealed record DemoOptions
{
    /// <summary>The seed of every random draw: the same seed (and scale) gives the same database content.</summary>
    public int Seed { get; init; } = 2020;

    /// <summary>
    /// The size relative to the full demo (1.0: about 3,000 hazardous areas and 25,000–35,000 released areas over
    /// 2021–2025). 0.02 gives a small database for tests. Greater than 0, at most 10.
    /// </summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>
    /// The folder that holds the region files (<c>aze_adm1_districts_ne10m.geojson</c>, <c>aze_settlements_geonames.geojson</c>),
    /// or <see langword="null"/> for the <c>data</c> folder next to the application (<see cref="AppContext.BaseDirectory"/>).
    /// </summary>
    public string? DataDirectory { get; init; }
}
