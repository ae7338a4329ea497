using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>
/// A survey, clearance or EOD activity on a hazardous area (a hazard reduction in IMSMA's words).
/// <see cref="DomainObject.Geometry"/> is its reference point, if recorded.
/// </summary>
public sealed record Activity : DomainObject
{
    /// <summary>The task the activity carries out, if any.</summary>
    [References(ObjectKind.ClearanceTask)]
    public Guid? TaskId { get; init; }

    /// <summary>The hazardous area worked on, if any (an EOD spot task may have none).</summary>
    [References(ObjectKind.HazardousArea)]
    public Guid? HazardousAreaId { get; init; }

    /// <summary>The activity type, a code of <c>activity_type</c> (<c>nts</c>, <c>ts</c>, <c>clearance</c>, <c>bac</c>, <c>eod</c>).</summary>
    [CodeTable("activity_type")]
    public required string ActivityType { get; init; }

    /// <summary>The methods used, codes of <c>method</c> (<c>manual</c>, <c>mdd</c>, <c>mechanical</c>, ...).</summary>
    [CodeTable("method")]
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>The implementing organisation.</summary>
    [References(ObjectKind.Organisation)]
    public required Guid OrganisationId { get; init; }

    /// <summary>The team, if recorded.</summary>
    [References(ObjectKind.Team)]
    public Guid? TeamId { get; init; }

    /// <summary>The first working day.</summary>
    public required DateOnly StartedOn { get; init; }

    /// <summary>The last working day, once finished.</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>The status; changes follow <see cref="ActivityStatusTransitions"/>.</summary>
    public ActivityStatus Status { get; init; } = ActivityStatus.Ongoing;

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Activity;
}
