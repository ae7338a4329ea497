using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>An explosive ordnance accident. <see cref="DomainObject.Geometry"/> is where it happened.</summary>
public sealed record Accident : DomainObject
{
    /// <summary>The day it happened, or the best estimate when <see cref="DateKnown"/> is false.</summary>
    public DateOnly? OccurredOn { get; init; }

    /// <summary>Whether <see cref="OccurredOn"/> is the known day rather than an estimate.</summary>
    public bool DateKnown { get; init; } = true;

    /// <summary>The type, a code of <c>accident_type</c> (<c>demining</c>, <c>mine</c>, <c>uxo</c>, ...).</summary>
    [CodeTable("accident_type")]
    public required string AccidentType { get; init; }

    /// <summary>The device category, a code of <c>device_category</c>, if known.</summary>
    [CodeTable("device_category")]
    public string? DeviceCategory { get; init; }

    /// <summary>The catalogue entry of the device, if identified.</summary>
    [References(ObjectKind.OrdnanceType)]
    public Guid? OrdnanceTypeId { get; init; }

    /// <summary>Whether the area was marked as dangerous, if known.</summary>
    public bool? AreaWasMarked { get; init; }

    /// <summary>The hazardous area it happened in, if any.</summary>
    [References(ObjectKind.HazardousArea)]
    public Guid? HazardousAreaId { get; init; }

    /// <summary>The demining activity during which it happened, for demining accidents.</summary>
    [References(ObjectKind.Activity)]
    public Guid? ActivityId { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Accident;
}
