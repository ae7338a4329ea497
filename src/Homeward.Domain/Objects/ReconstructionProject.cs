using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>
/// A reconstruction project, with the elements of an IATI 2.03 activity Homeward keeps (identifier, organisations, title,
/// description, status, dates, DAC sector, budget, location) and the clearance work it depends on.
/// <see cref="DomainObject.Geometry"/> is its site: a point, line or polygon in EPSG:4326 (X = longitude, Y = latitude), or
/// <see langword="null"/> when not mapped.
/// </summary>
public sealed record ReconstructionProject : DomainObject
{
    /// <summary>The title in English, Azerbaijani and Russian (IATI <c>title</c>).</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>What the project does (IATI <c>description</c>), if written.</summary>
    public string? Description { get; init; }

    /// <summary>The IATI activity identifier (<c>{reporting-org-ref}-{own id}</c>), once the project is published to IATI.</summary>
    public string? IatiIdentifier { get; init; }

    /// <summary>The OECD DAC CRS 5-digit purpose code, a code of <c>dac_sector</c> (<c>21020</c> road transport, ...).</summary>
    [CodeTable("dac_sector")]
    public required string Sector { get; init; }

    /// <summary>The IATI activity status, a code of <c>iati_activity_status</c>: <c>1</c> pipeline to <c>6</c> suspended.</summary>
    [CodeTable("iati_activity_status")]
    public required string Status { get; init; }

    /// <summary>The organisation that reports the project (IATI <c>reporting-org</c>).</summary>
    [References(ObjectKind.Organisation)]
    public required Guid ReportingOrganisationId { get; init; }

    /// <summary>The organisation that carries it out (IATI <c>participating-org</c> role 4), if known.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? ImplementingOrganisationId { get; init; }

    /// <summary>The planned first day (IATI activity date type 1); it may lie in the future.</summary>
    [PlannedDate]
    public DateOnly? PlannedStart { get; init; }

    /// <summary>The planned last day (IATI activity date type 3), not before <see cref="PlannedStart"/>; it may lie in the future.</summary>
    [PlannedDate]
    public DateOnly? PlannedEnd { get; init; }

    /// <summary>The day work began (IATI activity date type 2).</summary>
    public DateOnly? ActualStart { get; init; }

    /// <summary>The day work ended (IATI activity date type 4), not before <see cref="ActualStart"/>.</summary>
    public DateOnly? ActualEnd { get; init; }

    /// <summary>The budget in <see cref="BudgetCurrency"/> (IATI <c>budget/value</c>), zero or more, if known.</summary>
    public decimal? BudgetAmount { get; init; }

    /// <summary>The ISO 4217 code of the budget's currency (<c>AZN</c>, <c>USD</c>, <c>EUR</c>); needed with <see cref="BudgetAmount"/>.</summary>
    public string? BudgetCurrency { get; init; }

    /// <summary>The day the budget's value is stated at (IATI <c>value/@value-date</c>), for exchange rates.</summary>
    [PlannedDate]
    public DateOnly? BudgetValueDate { get; init; }

    /// <summary>The settlement the project serves, if one; its district gives the project's code.</summary>
    [References(ObjectKind.Settlement)]
    public Guid? SettlementId { get; init; }

    /// <summary>The clearance tasks that must be done before work starts (IATI <c>related-activity</c>).</summary>
    [References(ObjectKind.ClearanceTask)]
    public IReadOnlyList<Guid> DependsOnTaskIds { get; init; } = [];

    /// <summary>The released areas the project builds on.</summary>
    [References(ObjectKind.ReleasedArea)]
    public IReadOnlyList<Guid> ReleasedAreaIds { get; init; } = [];

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.ReconstructionProject;
}
