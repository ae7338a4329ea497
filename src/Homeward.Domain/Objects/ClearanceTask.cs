using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A task issued by the national authority to an organisation over one or more hazardous areas.</summary>
public sealed record ClearanceTask : DomainObject
{
    /// <summary>The hazardous areas the task covers.</summary>
    [References(ObjectKind.HazardousArea)]
    public IReadOnlyList<Guid> HazardousAreaIds { get; init; } = [];

    /// <summary>The organisation tasked.</summary>
    [References(ObjectKind.Organisation)]
    public required Guid OrganisationId { get; init; }

    /// <summary>The task type, a code of <c>activity_type</c>.</summary>
    [CodeTable("activity_type")]
    public required string TaskType { get; init; }

    /// <summary>The priority, 1 (highest) to 5.</summary>
    public int Priority { get; init; } = 3;

    /// <summary>The day it was issued.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The day work is due to finish, if set.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>The status.</summary>
    public ClearanceTaskStatus Status { get; init; } = ClearanceTaskStatus.Issued;

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.ClearanceTask;
}
