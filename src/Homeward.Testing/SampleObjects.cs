using Homeward.Domain;
using Homeward.Domain.Objects;

namespace Homeward.Testing;

/// <summary>One realistic object of every kind, for tests that must cover them all. Each call builds new identities.</summary>
public static partial class SampleObjects
{
    /// <summary>One object of each kind, references pointing at each other, geometry where the kind has one.</summary>
    /// <returns>The objects, one per <see cref="ObjectKind"/>, in kind order.</returns>
    public static IReadOnlyList<DomainObject> OneOfEach()
    {
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Code = "ORG-000001",
            Name = "Operator A",
            OrganisationType = "operator-ngo",
            IsAccredited = true,
            AccreditedUntil = new DateOnly(2026, 12, 31),
        };
        var team = new Team
        {
            Id = Guid.NewGuid(),
            Code = "TM-000001",
            OrganisationId = organisation.Id,
            Name = "Manual team 1",
            Capability = "manual",
            Size = 12,
            Geometry = Wkt.Read("POINT (46.93 39.99)"),
        };
        var district = new AdministrativeArea
        {
            Id = Guid.NewGuid(),
            Code = "ADM-AGD-000001",
            Name = new LocalizedText("Aghdam", "Ağdam", "Агдам"),
            PCode = "AZ-AGM",
            ShortCode = "AGD",
            IsFocus = true,
            Geometry = Wkt.Read("MULTIPOLYGON (((46.7 39.9, 47.2 39.9, 47.2 40.2, 46.7 40.2, 46.7 39.9)))"),
        };
        var settlement = new Settlement
        {
            Id = Guid.NewGuid(),
            Code = "ST-AGD-000001",
            Name = new LocalizedText("Aghdam", "Ağdam", "Агдам"),
            AdministrativeAreaId = district.Id,
            PopulationBefore = 28031,
            FeatureCode = "PPLA2",
            GeoNamesId = 148619,
            Geometry = Wkt.Read("POINT (46.9269 39.9911)"),
        };
        var hazard = new HazardousArea
        {
            Id = Guid.NewGuid(),
            Code = "HA-AGD-000001",
            Name = "North of the cemetery",
            AreaClass = AreaClass.Cha,
            HazardType = "minefield-ap",
            Status = HazardStatus.InProgress,
            Benchmark = new LonLat(46.9001, 39.9502),
            SuspectedDeviceCategories = ["ap-mine", "uxo"],
            ConfirmedDeviceCategories = ["ap-mine"],
            BlockedLandUse = ["agriculture", "road"],
            Beneficiaries = new Beneficiaries(120, 110, 40, 45),
            Priority = 1,
            AdministrativeAreaId = district.Id,
            AreaSquareMetres = 854_321.5,
            IsSynthetic = true,
            Geometry = Wkt.Read("POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.96, 46.90 39.95))"),
        };
        var evidence = new Evidence
        {
            Id = Guid.NewGuid(),
            Code = "EV-AGD-000001",
            HazardousAreaId = hazard.Id,
            EvidenceType = "eo-seen",
            Directness = EvidenceDirectness.Direct,
            Source = "observed",
            ObservedOn = new DateOnly(2021, 4, 2),
            Notes = "PMN-2 visible at the field edge",
            Geometry = Wkt.Read("POINT (46.905 39.955)"),
        };
        var task = new ClearanceTask
        {
            Id = Guid.NewGuid(),
            Code = "TK-000001",
            HazardousAreaIds = [hazard.Id],
            OrganisationId = organisation.Id,
            TaskType = "clearance",
            Priority = 1,
            IssuedOn = new DateOnly(2022, 3, 1),
            DueOn = new DateOnly(2022, 10, 31),
            Status = ClearanceTaskStatus.InProgress,
        };
        var activity = new Activity
        {
            Id = Guid.NewGuid(),
            Code = "AC-AGD-000001",
            TaskId = task.Id,
            HazardousAreaId = hazard.Id,
            ActivityType = "clearance",
            Methods = ["manual", "mdd"],
            OrganisationId = organisation.Id,
            TeamId = team.Id,
            StartedOn = new DateOnly(2022, 3, 15),
            EndedOn = new DateOnly(2022, 6, 30),
            Status = ActivityStatus.Completed,
            Geometry = Wkt.Read("POINT (46.9001 39.9502)"),
        };
        var handover = new Handover
        {
            Id = Guid.NewGuid(),
            Code = "HO-000001",
            Recipient = "community",
            RecipientName = "Village council",
            HandedOverOn = new DateOnly(2022, 8, 1),
            MarkersRecorded = true,
            ResidualRiskStatement = "Residual risk accepted by the community.",
        };
        var released = new ReleasedArea
        {
            Id = Guid.NewGuid(),
            Code = "RA-AGD-000001",
            ActivityId = activity.Id,
            HazardousAreaId = hazard.Id,
            Outcome = ReleaseOutcome.Cleared,
            ReleasedOn = new DateOnly(2022, 6, 30),
            ClearanceDepthCentimetres = 13,
            HandoverId = handover.Id,
            AreaSquareMetres = 201_000.25,
            Geometry = Wkt.Read("POLYGON ((46.90 39.95, 46.905 39.95, 46.905 39.955, 46.90 39.955, 46.90 39.95))"),
        };
        handover = handover with { ReleasedAreaIds = [released.Id] };
        var ordnance = new OrdnanceType
        {
            Id = Guid.NewGuid(),
            Code = "OT-000001",
            Category = "ap-mine",
            Model = "PMN-2",
            Subcategory = "blast",
            Origin = "USSR",
            StatisticGroup = "ap-mine",
        };
        var device = new DeviceFinding
        {
            Id = Guid.NewGuid(),
            Code = "DV-000001",
            ActivityId = activity.Id,
            OrdnanceTypeId = ordnance.Id,
            Category = "ap-mine",
            Model = "PMN-2",
            Quantity = 3,
            Condition = "armed",
            DepthCentimetres = 5,
            FoundOn = new DateOnly(2022, 4, 12),
            Disposal = "destroyed-in-situ",
            Geometry = Wkt.Read("POINT (46.902 39.952)"),
        };
        var inspection = new QualityInspection
        {
            Id = Guid.NewGuid(),
            Code = "QM-000001",
            InspectedOn = new DateOnly(2022, 5, 10),
            InspectionType = "qa-visit",
            ActivityId = activity.Id,
            InspectedOrganisationId = organisation.Id,
            Findings = [new NonConformity("marking", "minor", "Re-mark lane 4", new DateOnly(2022, 5, 12))],
        };
        var accident = new Accident
        {
            Id = Guid.NewGuid(),
            Code = "ACC-000001",
            OccurredOn = new DateOnly(2021, 11, 3),
            AccidentType = "mine",
            DeviceCategory = "ap-mine",
            AreaWasMarked = false,
            HazardousAreaId = hazard.Id,
            Geometry = Wkt.Read("POINT (46.907 39.957)"),
        };
        var victim = new Victim
        {
            Id = Guid.NewGuid(),
            Code = "VIC-000001",
            AccidentId = accident.Id,
            FullName = "Test Person",
            Sex = "male",
            DateOfBirth = new DateOnly(1980, 1, 1),
            AgeAtAccident = 41,
            Outcome = VictimOutcome.Injured,
            ActivityAtTime = "farming",
            Tampering = Tampering.No,
            Consent = true,
        };
        var assistance = new VictimAssistance
        {
            Id = Guid.NewGuid(),
            Code = "VA-000001",
            VictimId = victim.Id,
            Need = "prosthetic",
            Service = "prosthesis",
            ProviderOrganisationId = organisation.Id,
            ReferredOn = new DateOnly(2021, 12, 1),
            Status = "in-progress",
        };
        var session = new RiskEducationSession
        {
            Id = Guid.NewGuid(),
            Code = "RE-AGD-000001",
            HeldOn = new DateOnly(2022, 2, 14),
            OrganisationId = organisation.Id,
            Method = "interpersonal",
            AdministrativeAreaId = district.Id,
            Audience = new Beneficiaries(10, 8, 15, 12),
            FirstTimeBeneficiaries = 30,
            Geometry = Wkt.Read("POINT (46.93 39.98)"),
        };
        var link = new Link { Id = Guid.NewGuid(), Code = "LNK-000001", FromId = evidence.Id, ToId = accident.Id, LinkType = "related" };
        var asset = new Asset
        {
            Id = Guid.NewGuid(),
            Code = "AS-AGD-000001",
            Name = new LocalizedText("Aghdam secondary school 2", "Ağdam 2 saylı orta məktəb", "Агдамская средняя школа № 2"),
            SettlementId = settlement.Id,
            Sector = "education",
            AssetType = "school",
            Unit = "m2",
            BaselineQuantity = 2400,
            Geometry = Wkt.Read("POINT (46.9281 39.9903)"),
        };
        var project = new ReconstructionProject
        {
            Id = Guid.NewGuid(),
            Code = "RP-AGD-000001",
            Title = new LocalizedText("Aghdam school 2 rebuilding"),
            Sector = "11120",
            Status = "1",
            ReportingOrganisationId = organisation.Id,
            PlannedStart = new DateOnly(2025, 5, 1),
            PlannedEnd = new DateOnly(2026, 9, 1),
            BudgetAmount = 1_800_000m,
            BudgetCurrency = "AZN",
            SettlementId = settlement.Id,
            DependsOnTaskIds = [task.Id],
            ReleasedAreaIds = [released.Id],
            Geometry = Wkt.Read("POINT (46.9281 39.9903)"),
        };

        DomainObject[] all =
        [
            organisation, team, district, settlement, hazard, evidence, task, activity, released, device, ordnance, handover, inspection,
            accident, victim, assistance, session, link, asset, project,
        ];
        return [.. all.OrderBy(o => o.Kind)];
    }
}
