using Homeward.Demo.Region;
using Homeward.Domain.Objects;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>A synthetic hazardous area as recorded by non-technical survey in the first year.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="District">The focus district that covers it.</param>
/// <param name="Geometry">The perimeter (EPSG:4326), valid.</param>
/// <param name="AreaSquareMetres">Its area in m² as the deployment's measure gives it.</param>
/// <param name="AreaClass">SHA or CHA.</param>
/// <param name="HazardType">A code of <c>hazard_type</c>.</param>
/// <param name="Priority">1 (highest) to 5.</param>
/// <param name="SuspectedDeviceCategories">Codes of <c>device_category</c>.</param>
/// <param name="BlockedLandUse">Codes of <c>land_use</c>.</param>
/// <param name="Beneficiaries">The people expected to benefit.</param>
/// <param name="Benchmark">A point outside the perimeter (EPSG:4326).</param>
/// <param name="RecordedOn">The day it was recorded.</param>
/// <param name="Operator">The index of the operator that works on it.</param>
internal sealed record HazardPlan(
    string Key,
    DistrictRecord District,
    Polygon Geometry,
    double AreaSquareMetres,
    AreaClass AreaClass,
    string HazardType,
    int Priority,
    IReadOnlyList<string> SuspectedDeviceCategories,
    IReadOnlyList<string> BlockedLandUse,
    Beneficiaries Beneficiaries,
    Point Benchmark,
    DateOnly RecordedOn,
    int Operator)
{
    /// <summary>Whether it is a minefield of any kind.</summary>
    public bool IsMinefield => HazardType.StartsWith("minefield", StringComparison.Ordinal);
}
