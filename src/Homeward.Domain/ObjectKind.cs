namespace Homeward.Domain;

/// <summary>The kinds of object that Homeward records, each with its own table and code prefix.</summary>
public enum ObjectKind
{
    /// <summary>An organisation: national authority, operator, donor.</summary>
    Organisation,

    /// <summary>A team of an organisation.</summary>
    Team,

    /// <summary>An administrative area (district, city).</summary>
    AdministrativeArea,

    /// <summary>A settlement (town or village).</summary>
    Settlement,

    /// <summary>A suspected or confirmed hazardous area.</summary>
    HazardousArea,

    /// <summary>An item of evidence for a hazardous area.</summary>
    Evidence,

    /// <summary>A task issued to an organisation.</summary>
    ClearanceTask,

    /// <summary>A survey, clearance or EOD activity.</summary>
    Activity,

    /// <summary>Land released as cancelled, reduced or cleared.</summary>
    ReleasedArea,

    /// <summary>An explosive ordnance device found.</summary>
    DeviceFinding,

    /// <summary>An entry of the ordnance catalogue.</summary>
    OrdnanceType,

    /// <summary>The handover of released land.</summary>
    Handover,

    /// <summary>A quality-management inspection.</summary>
    QualityInspection,

    /// <summary>An explosive ordnance accident.</summary>
    Accident,

    /// <summary>A person killed or injured in an accident (restricted).</summary>
    Victim,

    /// <summary>Assistance given to a victim (restricted).</summary>
    VictimAssistance,

    /// <summary>A risk-education session.</summary>
    RiskEducationSession,

    /// <summary>A typed link between two objects.</summary>
    Link,

    /// <summary>A physical asset of a settlement (a house, road, school, power line) whose damage and recovery are counted.</summary>
    Asset,

    /// <summary>A reconstruction project, described as an IATI 2.03 activity.</summary>
    ReconstructionProject,
}
