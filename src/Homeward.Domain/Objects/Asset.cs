using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>
/// A physical asset of a settlement whose damage and recovery are counted: a house, a school, a road, a power line, a field
/// (the PDNA/DaLA asset of the recovery data model). <see cref="DomainObject.Geometry"/> is a point, line or polygon in
/// EPSG:4326 (X = longitude, Y = latitude), or <see langword="null"/> when its place is not yet mapped.
/// </summary>
public sealed record Asset : DomainObject
{
    /// <summary>The name in English, Azerbaijani and Russian.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The settlement it belongs to; its code gives the asset's district.</summary>
    [References(ObjectKind.Settlement)]
    public required Guid SettlementId { get; init; }

    /// <summary>The PDNA sector, a code of <c>recovery_sector</c> (<c>housing</c>, <c>transport</c>, <c>energy</c>, ...).</summary>
    [CodeTable("recovery_sector")]
    public required string Sector { get; init; }

    /// <summary>The subsector in the assessment's own words (for example <c>rural roads</c>), if any.</summary>
    public string? Subsector { get; init; }

    /// <summary>The type, a code of <c>asset_type</c> (<c>house</c>, <c>road</c>, <c>school</c>, ...).</summary>
    [CodeTable("asset_type")]
    public required string AssetType { get; init; }

    /// <summary>The unit <see cref="BaselineQuantity"/> is counted in, a code of <c>asset_unit</c>: <c>m2</c>, <c>km</c>, <c>unit</c> or <c>MW</c>.</summary>
    [CodeTable("asset_unit")]
    public required string Unit { get; init; }

    /// <summary>How much of the asset there was before the conflict, in <see cref="Unit"/>; zero or more.</summary>
    public required double BaselineQuantity { get; init; }

    /// <summary>The organisation that owns or runs it, if known.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? OwnerOrganisationId { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Asset;
}
