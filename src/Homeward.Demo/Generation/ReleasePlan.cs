using Homeward.Domain.Objects;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>A piece of a hazardous area released by an activity.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="Activity">The activity that released it.</param>
/// <param name="Outcome">Cancelled, reduced or cleared.</param>
/// <param name="ReleasedOn">The day it was released.</param>
/// <param name="ClearanceDepthCentimetres">For cleared land, the depth; else <see langword="null"/>.</param>
/// <param name="Geometry">The piece (EPSG:4326), an intersection result of the hazard's own perimeter.</param>
/// <param name="AreaSquareMetres">Its area in m².</param>
internal sealed record ReleasePlan(string Key, ActivityPlan Activity, ReleaseOutcome Outcome, DateOnly ReleasedOn, int? ClearanceDepthCentimetres,
    Geometry Geometry, double AreaSquareMetres);
