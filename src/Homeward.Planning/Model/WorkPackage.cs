using Homeward.Domain.Objects;

namespace Homeward.Planning.Model;

/// <summary>A piece of work one team does on one hazardous area: a survey, or a part of its clearance.</summary>
/// <param name="Id">The package code: the hazard code, the kind and the part (e.g. <c>HA-AGD-000123/C2</c>).</param>
/// <param name="HazardId">The hazardous area's identifier.</param>
/// <param name="HazardCode">The hazardous area's code.</param>
/// <param name="Work">Survey, mine clearance or battle-area clearance.</param>
/// <param name="AreaSquareMetres">The area the team works through (expected, after survey for clearance).</param>
/// <param name="ReleasesSquareMetres">The area recorded as released when the package is done (cancelled, reduced or cleared).</param>
public sealed record WorkPackage(string Id, Guid HazardId, string HazardCode, WorkKind Work, double AreaSquareMetres, double ReleasesSquareMetres)
{
    /// <summary>The district's short code, or null when the hazard lies in none.</summary>
    public string? District { get; init; }

    /// <summary>SHA or CHA.</summary>
    public AreaClass AreaClass { get; init; }

    /// <summary>The rule class the national priority rules give the hazard.</summary>
    public PriorityRuleClass RuleClass { get; init; } = PriorityRuleClass.Other;

    /// <summary>The hazard's recorded priority, 1 (highest) to 5.</summary>
    public int RecordedPriority { get; init; } = 3;

    /// <summary>People kept from home by the hazard (each person counted for one hazard only).</summary>
    public long PeopleBlocked { get; init; }

    /// <summary>The people the hazard's survey recorded as benefiting when it is released (SADD total; 0 when not counted).</summary>
    public long Beneficiaries { get; init; }

    /// <summary>Person-equivalents of infrastructure and farmland this package frees (land-use weights × hectares).</summary>
    public double InfrastructureWeight { get; init; }

    /// <summary>The hazard's centre, WGS 84 longitude.</summary>
    public double Longitude { get; init; }

    /// <summary>The hazard's centre, WGS 84 latitude.</summary>
    public double Latitude { get; init; }

    /// <summary>Packages that must be finished first (the hazard's survey before its clearance).</summary>
    public IReadOnlyList<string> Predecessors { get; init; } = [];
}
