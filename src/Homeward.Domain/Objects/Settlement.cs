namespace Homeward.Domain.Objects;

/// <summary>A town or village. <see cref="DomainObject.Geometry"/> is its point.</summary>
public sealed record Settlement : DomainObject
{
    /// <summary>The name in English, Azerbaijani and Russian.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The administrative area it lies in.</summary>
    [References(ObjectKind.AdministrativeArea)]
    public Guid? AdministrativeAreaId { get; init; }

    /// <summary>The population before displacement (historic), or <see langword="null"/> when unknown.</summary>
    public int? PopulationBefore { get; init; }

    /// <summary>The GeoNames feature code (<c>PPL</c>, <c>PPLA2</c>, ...), if any.</summary>
    public string? FeatureCode { get; init; }

    /// <summary>The GeoNames identifier, if the settlement came from GeoNames.</summary>
    public long? GeoNamesId { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Settlement;
}
