namespace Homeward.Geo.Overlay;

/// <summary>The choices an overlay depends on besides the data. Immutable; compared by value (a cache key part).</summary>
/// <param name="PointRadiusMetres">
/// How far from a hazard a point asset counts as blocked, in metres on the WGS 84 ellipsoid, 0 to 50 000. 0 (the default) means
/// containment only: the point must lie in the hazard or on its edge. Settlements are points standing for a whole village, so
/// they are usually given <see cref="SettlementRadiusMetres"/>. Lines and polygons ignore it: they are blocked where they
/// overlap a hazard.
/// </param>
public sealed record OverlayParameters(double PointRadiusMetres = 0)
{
    /// <summary>The radius used for settlements unless the user chooses another: 1 000 m.</summary>
    public const double SettlementRadiusMetres = 1000;

    /// <summary>The largest radius accepted, 50 km; distances are computed on a local ellipsoidal approximation that is exact to
    /// millimetres at a few kilometres and drifts beyond that.</summary>
    public const double MaxPointRadiusMetres = 50_000;

    /// <summary>Containment only (radius 0).</summary>
    public static OverlayParameters Containment { get; } = new();

    /// <summary>Settlements: points within <see cref="SettlementRadiusMetres"/> of a hazard are blocked.</summary>
    public static OverlayParameters Settlements { get; } = new(SettlementRadiusMetres);

    /// <summary>Checks the parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative, not finite or above <see cref="MaxPointRadiusMetres"/>.</exception>
    public void Validate()
    {
        if (!double.IsFinite(PointRadiusMetres) || PointRadiusMetres is < 0 or > MaxPointRadiusMetres)
        {
            throw new ArgumentOutOfRangeException(nameof(PointRadiusMetres), PointRadiusMetres,
                $"The point radius is 0 to {MaxPointRadiusMetres} metres.");
        }
    }
}
