using Homeward.Geo.Crs;
using Homeward.Records.Consistency;
using Homeward.Records.Uncertainty;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Traverse;

/// <summary>How a record is computed: the datum transformation, the assumed errors and the flags' tolerances. Immutable.</summary>
public sealed record DigitizeOptions
{
    /// <summary>The defaults: EPSG:15865, the spec's errors and tolerances.</summary>
    public static DigitizeOptions Default { get; } = new();

    /// <summary>The Pulkovo 1942 to WGS 84 transformation for SK-42 records (default EPSG:15865); its accuracy enters the datum error.</summary>
    public DatumTransformation Transformation { get; init; } = DatumTransformation.Default;

    /// <summary>The 1σ errors the propagation starts from.</summary>
    public UncertaintyOptions Uncertainty { get; init; } = UncertaintyOptions.Default;

    /// <summary>The tolerances of the consistency flags.</summary>
    public ConsistencyTolerances Tolerances { get; init; } = ConsistencyTolerances.Default;

    /// <summary>The height of the ground above the WGS 84 ellipsoid, in metres, for the geomagnetic model (0: a kilometre changes D by under 0.01° here).</summary>
    public double HeightMetres { get; init; }

    /// <summary>
    /// Hazardous areas already recorded, each with its code and its geometry in EPSG:4326, to flag overlaps with (F17).
    /// Empty by default.
    /// </summary>
    public IReadOnlyList<(string Code, Geometry Geometry)> ExistingHazards { get; init; } = [];
}
