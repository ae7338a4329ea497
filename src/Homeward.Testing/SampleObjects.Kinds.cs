using Homeward.Domain;
using Homeward.Domain.Objects;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Xunit;

namespace Homeward.Testing;

/// <summary>Realistic objects of every kind around Aghdam, one at a time, with geometry for the kinds that have it.</summary>
public static partial class SampleObjects
{
    // Identities other objects refer to; the store does not check references.
    private static readonly Guid Anama = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b01");
    private static readonly Guid Aghdam = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b02");
    private static readonly Guid NorthField = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b03");
    private static readonly Guid TaskOne = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b04");
    private static readonly Guid TeamThree = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b05");
    private static readonly Guid ActivityOne = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b06");
    private static readonly Guid Pmn2 = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b07");
    private static readonly Guid AccidentOne = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b08");
    private static readonly Guid VictimOne = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b09");
    private static readonly Guid QuzanliSettlement = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b0c");

    /// <summary>A geometry reader with the library defaults (SRID 0), as callers outside the store would build geometries.</summary>
    private static readonly WKTReader LibraryDefaults = new(NtsGeometryServices.Instance);

    /// <summary>Every kind, for theories.</summary>
    public static TheoryData<ObjectKind> AllKinds => [.. Enum.GetValues<ObjectKind>()];

    /// <summary>Reads WKT with the library defaults (SRID 0), as callers outside the store would build geometries.</summary>
    /// <param name="wkt">The text.</param>
    /// <returns>The geometry.</returns>
    public static Geometry Geometry(string wkt) => LibraryDefaults.Read(wkt);

    /// <summary>The code numbered <paramref name="number"/> in Aghdam for a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="number">The number.</param>
    /// <returns>The code.</returns>
    public static string CodeOf(ObjectKind kind, int number) => $"{ObjectKindInfo.Of(kind).CodePrefix}-AGD-{number:D6}";

    /// <summary>An object of <paramref name="kind"/> with a new identity and the code numbered <paramref name="number"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="number">The number of its code.</param>
    /// <returns>The object.</returns>
    public static DomainObject Create(ObjectKind kind, int number = 1) => Create(kind, Guid.NewGuid(), CodeOf(kind, number));

    /// <summary>An object of <paramref name="kind"/> with the given identity and code.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The identity.</param>
    /// <param name="code">The code.</param>
    /// <returns>The object.</returns>
    public static DomainObject Create(ObjectKind kind, Guid id, string code) => kind switch
    {
        ObjectKind.Organisation => new Organisation
        {
            Id = id,
            Code = code,
            Name = "Azerbaijan National Agency for Mine Action",
            OrganisationType = "national-authority",
            IsAccredited = true,
            AccreditedUntil = new DateOnly(2027, 12, 31),
        },
        ObjectKind.Team => new Team
        {
            Id = id,
            Code = code,
            OrganisationId = Anama,
            Name = "Manual team 3",
            Capability = "manual",
            Size = 12,
            Geometry = Geometry("POINT (46.93512 39.98817)"),
        },
        ObjectKind.AdministrativeArea => new AdministrativeArea
        {
            Id = id,
            Code = code,
            Name = new LocalizedText("Aghdam", "Ağdam", "Агдам"),
            PCode = "AZ-AGM",
            ShortCode = "AGD",
            IsFocus = true,
            Geometry = Geometry(
                "MULTIPOLYGON (((46.6 39.8, 47.3 39.8, 47.3 40.25, 46.6 40.25, 46.6 39.8)), " +
                "((47.35 39.9, 47.4 39.9, 47.4 39.95, 47.35 39.9)))"),
        },
        ObjectKind.Settlement => new Settlement
        {
            Id = id,
            Code = code,
            Name = new LocalizedText("Quzanli", "Quzanlı", "Гузанлы"),
            AdministrativeAreaId = Aghdam,
            PopulationBefore = 5400,
            FeatureCode = "PPL",
            GeoNamesId = 148145,
            Geometry = Geometry("POINT (47.0478 40.0731)"),
        },
        ObjectKind.HazardousArea => new HazardousArea
        {
            Id = id,
            Code = code,
            Name = "North orchard",
            AreaClass = AreaClass.Cha,
            HazardType = "minefield-ap",
            Status = HazardStatus.InProgress,
            Benchmark = new LonLat(46.951234567, 40.010987654),
            SuspectedDeviceCategories = ["ap-mine"],
            ConfirmedDeviceCategories = ["ap-mine", "at-mine"],
            BlockedLandUse = ["agriculture"],
            Beneficiaries = new(120, 110, 60, 55),
            Priority = 2,
            AdministrativeAreaId = Aghdam,
            AreaSquareMetres = 123456.78,
            Geometry = Geometry(
                "POLYGON ((46.95 40.01, 46.9612345678901 40.01, 46.9612345678901 40.0187654321, 46.95 40.0187654321, 46.95 40.01), " +
                "(46.952 40.012, 46.953 40.012, 46.953 40.013, 46.952 40.012))"),
        },
        ObjectKind.Evidence => new Evidence
        {
            Id = id,
            Code = code,
            HazardousAreaId = NorthField,
            EvidenceType = "eo-seen",
            Directness = EvidenceDirectness.Direct,
            Source = "observed",
            ObservedOn = new DateOnly(2024, 5, 3),
            Notes = "PMN-2 seen at the edge of the orchard; \"marked\" with stones.",
            Geometry = Geometry("POINT (46.9551 40.0142)"),
        },
        ObjectKind.ClearanceTask => new ClearanceTask
        {
            Id = id,
            Code = code,
            HazardousAreaIds = [NorthField, Guid.Parse("7d3e9a52-1c3b-4f6e-8a0e-5b2f6c1d9e10")],
            OrganisationId = Anama,
            TaskType = "clearance",
            Priority = 1,
            IssuedOn = new DateOnly(2024, 4, 1),
            DueOn = new DateOnly(2024, 10, 31),
        },
        ObjectKind.Activity => new Activity
        {
            Id = id,
            Code = code,
            TaskId = TaskOne,
            HazardousAreaId = NorthField,
            ActivityType = "clearance",
            Methods = ["manual", "mdd"],
            OrganisationId = Anama,
            TeamId = TeamThree,
            StartedOn = new DateOnly(2024, 4, 15),
            Status = ActivityStatus.Ongoing,
            Geometry = Geometry("POINT (46.9561 40.0153)"),
        },
        ObjectKind.ReleasedArea => new ReleasedArea
        {
            Id = id,
            Code = code,
            ActivityId = ActivityOne,
            HazardousAreaId = NorthField,
            Outcome = ReleaseOutcome.Cleared,
            ReleasedOn = new DateOnly(2024, 6, 30),
            ClearanceDepthCentimetres = 13,
            AreaSquareMetres = 5000.25,
            Geometry = Geometry("POLYGON ((46.95 40.01, 46.955 40.01, 46.955 40.014, 46.95 40.014, 46.95 40.01))"),
        },
        ObjectKind.DeviceFinding => new DeviceFinding
        {
            Id = id,
            Code = code,
            ActivityId = ActivityOne,
            OrdnanceTypeId = Pmn2,
            Category = "ap-mine",
            Model = "PMN-2",
            Quantity = 3,
            Condition = "armed",
            DepthCentimetres = 5,
            FoundOn = new DateOnly(2024, 5, 20),
            Geometry = Geometry("POINT (46.95234 40.01187)"),
        },
        ObjectKind.OrdnanceType => new OrdnanceType
        {
            Id = id,
            Code = code,
            Category = "ap-mine",
            Model = "PMN-2",
            Subcategory = "blast",
            Origin = "USSR",
            StatisticGroup = "ap-mine",
        },
        ObjectKind.Handover => new Handover
        {
            Id = id,
            Code = code,
            ReleasedAreaIds = [Guid.Parse("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")],
            Recipient = "community",
            RecipientName = "Quzanlı municipality",
            HandedOverOn = new DateOnly(2024, 8, 1),
            MarkersRecorded = true,
            ResidualRiskStatement = "Cleared to 13 cm; report anything found.",
        },
        ObjectKind.QualityInspection => new QualityInspection
        {
            Id = id,
            Code = code,
            InspectedOn = new DateOnly(2024, 6, 2),
            InspectionType = "qa-visit",
            ActivityId = ActivityOne,
            InspectedOrganisationId = Anama,
            InspectingOrganisationId = Guid.Parse("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"),
            Findings =
            [
                new NonConformity("marking", "minor", "Re-mark lane 4", new DateOnly(2024, 6, 5)),

                // Still open: no corrective action decided, not closed.
                new NonConformity("ppe", "major", null, null),
            ],
        },
        ObjectKind.Accident => new Accident
        {
            Id = id,
            Code = code,
            OccurredOn = new DateOnly(2023, 9, 14),
            DateKnown = false,
            AccidentType = "mine",
            DeviceCategory = "ap-mine",
            OrdnanceTypeId = Pmn2,
            AreaWasMarked = false,
            HazardousAreaId = NorthField,
            Geometry = Geometry("POINT (46.9577 40.0161)"),
        },
        ObjectKind.Victim => new Victim
        {
            Id = id,
            Code = code,
            AccidentId = AccidentOne,
            FullName = "Test Person",
            Sex = "male",
            DateOfBirth = new DateOnly(1989, 3, 2),
            AgeAtAccident = 34,
            Outcome = VictimOutcome.Injured,
            ActivityAtTime = "farming",
            Tampering = Tampering.No,
            Consent = true,
        },
        ObjectKind.VictimAssistance => new VictimAssistance
        {
            Id = id,
            Code = code,
            VictimId = VictimOne,
            Need = "prosthetic",
            Service = "prosthetic-fitting",
            ProviderOrganisationId = Anama,
            ReferredOn = new DateOnly(2023, 10, 1),
            Status = "in-progress",
        },
        ObjectKind.RiskEducationSession => new RiskEducationSession
        {
            Id = id,
            Code = code,
            HeldOn = new DateOnly(2024, 3, 8),
            OrganisationId = Anama,
            Method = "face-to-face",
            AdministrativeAreaId = Aghdam,
            Audience = new(10, 8, 15, 14),
            FirstTimeBeneficiaries = 30,
            Geometry = Geometry("POINT (47.0412 40.0702)"),
        },
        ObjectKind.Link => new Link { Id = id, Code = code, FromId = NorthField, ToId = AccidentOne, LinkType = "related" },
        ObjectKind.Asset => new Asset
        {
            Id = id,
            Code = code,
            Name = new LocalizedText("Quzanli–Aghdam road", "Quzanlı–Ağdam yolu", "Дорога Гузанлы–Агдам"),
            SettlementId = QuzanliSettlement,
            Sector = "transport",
            Subsector = "district roads",
            AssetType = "road",
            Unit = "km",
            BaselineQuantity = 12.4,
            OwnerOrganisationId = Anama,
            Geometry = Geometry("LINESTRING (47.0478 40.0731, 46.99 40.03, 46.9269 39.9911)"),
        },
        ObjectKind.ReconstructionProject => new ReconstructionProject
        {
            Id = id,
            Code = code,
            Title = new LocalizedText("Quzanli school rebuilding", "Quzanlı məktəbinin yenidən tikilməsi", "Восстановление школы в Гузанлы"),
            Description = "Rebuild the secondary school on land released in 2023.",
            IatiIdentifier = "AZ-GOV-1-RRP-0042",
            Sector = "11120",
            Status = "2",
            ReportingOrganisationId = Anama,
            ImplementingOrganisationId = Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b0a"),
            PlannedStart = new DateOnly(2024, 3, 1),
            PlannedEnd = new DateOnly(2026, 8, 31),
            ActualStart = new DateOnly(2024, 4, 15),
            BudgetAmount = 2_450_000.75m,
            BudgetCurrency = "AZN",
            BudgetValueDate = new DateOnly(2024, 1, 1),
            SettlementId = QuzanliSettlement,
            DependsOnTaskIds = [TaskOne],
            ReleasedAreaIds = [Guid.Parse("0b6c7f0e-4a51-4d0f-9d67-3f0d7f1a2b0b")],
            Geometry = Geometry("POLYGON ((47.046 40.072, 47.049 40.072, 47.049 40.074, 47.046 40.074, 47.046 40.072))"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Add a sample for the new kind."),
    };

    /// <summary>A hazardous area with the given perimeter.</summary>
    /// <param name="number">The number of its code.</param>
    /// <param name="wkt">The perimeter as WKT.</param>
    /// <returns>The hazardous area.</returns>
    public static HazardousArea Hazard(int number, string wkt) => (HazardousArea)Create(ObjectKind.HazardousArea, number) with
    {
        Geometry = Geometry(wkt),
    };
}
