using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>Explosive ordnance found while clearing a piece of land.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="Activity">The activity that found it.</param>
/// <param name="Category">A code of <c>device_category</c>.</param>
/// <param name="Model">The model as reported.</param>
/// <param name="Quantity">How many, at least 1.</param>
/// <param name="DepthCentimetres">The depth below the surface.</param>
/// <param name="Condition">A code of <c>device_condition</c>.</param>
/// <param name="Disposal">A code of <c>disposal</c>.</param>
/// <param name="FoundOn">The day.</param>
/// <param name="Location">Where (EPSG:4326), inside the cleared piece.</param>
internal sealed record DevicePlan(string Key, ActivityPlan Activity, string Category, string Model, int Quantity, int DepthCentimetres,
    string Condition, string Disposal, DateOnly FoundOn, Point Location);
