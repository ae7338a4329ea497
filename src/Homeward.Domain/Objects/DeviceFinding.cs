using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>Explosive ordnance found (one record per model and place). <see cref="DomainObject.Geometry"/> is where.</summary>
public sealed record DeviceFinding : DomainObject
{
    /// <summary>The activity that found it, if any.</summary>
    [References(ObjectKind.Activity)]
    public Guid? ActivityId { get; init; }

    /// <summary>The accident it caused, if any.</summary>
    [References(ObjectKind.Accident)]
    public Guid? AccidentId { get; init; }

    /// <summary>The catalogue entry, if identified.</summary>
    [References(ObjectKind.OrdnanceType)]
    public Guid? OrdnanceTypeId { get; init; }

    /// <summary>The category, a code of <c>device_category</c> (<c>ap-mine</c>, <c>at-mine</c>, <c>uxo</c>, ...).</summary>
    [CodeTable("device_category")]
    public required string Category { get; init; }

    /// <summary>The model as written in the report (<c>PMN-2</c>), if known.</summary>
    public string? Model { get; init; }

    /// <summary>How many devices, at least 1.</summary>
    public int Quantity { get; init; } = 1;

    /// <summary>The condition, a code of <c>device_condition</c>.</summary>
    [CodeTable("device_condition")]
    public string Condition { get; init; } = "unknown";

    /// <summary>The depth below the surface in centimetres, if measured.</summary>
    public int? DepthCentimetres { get; init; }

    /// <summary>The day it was found.</summary>
    public required DateOnly FoundOn { get; init; }

    /// <summary>What was done with it, a code of <c>disposal</c>.</summary>
    [CodeTable("disposal")]
    public string Disposal { get; init; } = "destroyed-in-situ";

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.DeviceFinding;
}
