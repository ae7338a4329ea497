namespace Homeward.Domain.Objects;

/// <summary>An administrative area (a district or a city). <see cref="DomainObject.Geometry"/> is its boundary.</summary>
public sealed record AdministrativeArea : DomainObject
{
    /// <summary>The name in English, Azerbaijani and Russian.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The place code (ISO 3166-2 where one exists, for example <c>AZ-AGM</c>).</summary>
    public required string PCode { get; init; }

    /// <summary>The three-letter code used inside readable object codes, for example <c>AGD</c> for Aghdam.</summary>
    public required string ShortCode { get; init; }

    /// <summary>The level: 1 for districts and cities.</summary>
    public int Level { get; init; } = 1;

    /// <summary>The enclosing area, or <see langword="null"/> at the top.</summary>
    [References(ObjectKind.AdministrativeArea)]
    public Guid? ParentId { get; init; }

    /// <summary>Whether the area is one of the deployment's focus districts (the liberated districts of Karabakh).</summary>
    public bool IsFocus { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.AdministrativeArea;
}
