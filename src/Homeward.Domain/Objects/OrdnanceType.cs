using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>An entry of the ordnance catalogue.</summary>
public sealed record OrdnanceType : DomainObject
{
    /// <summary>The category, a code of <c>device_category</c>.</summary>
    [CodeTable("device_category")]
    public required string Category { get; init; }

    /// <summary>The model, for example <c>PMN-2</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The subcategory (<c>blast</c>, <c>fragmentation-bounding</c>, ...), if any.</summary>
    public string? Subcategory { get; init; }

    /// <summary>The country or bloc of origin, if known.</summary>
    public string? Origin { get; init; }

    /// <summary>The group that treaty reports count it under (<c>ap-mine</c>, <c>at-mine</c>, <c>erw</c>, <c>submunition</c>).</summary>
    public string? StatisticGroup { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.OrdnanceType;
}
