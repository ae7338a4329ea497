using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A typed link between two objects, for relations the objects' own fields do not hold.</summary>
public sealed record Link : DomainObject
{
    /// <summary>The object the link starts from.</summary>
    [References]
    public required Guid FromId { get; init; }

    /// <summary>The object the link points to.</summary>
    [References]
    public required Guid ToId { get; init; }

    /// <summary>The type, a code of <c>link_type</c> (<c>duplicate-of</c>, <c>split-from</c>, <c>merged-into</c>, <c>related</c>).</summary>
    [CodeTable("link_type")]
    public required string LinkType { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Link;
}
