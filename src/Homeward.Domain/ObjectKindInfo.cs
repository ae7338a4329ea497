using System.Collections.Frozen;
using Homeward.Domain.Objects;

namespace Homeward.Domain;

/// <summary>What Homeward knows about each <see cref="ObjectKind"/>: its CLR type, table, code prefix and geometry.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="ClrType">The sealed record type that holds objects of this kind.</param>
/// <param name="TableName">The snake_case name of the table or layer that holds the current state.</param>
/// <param name="CodePrefix">The prefix of readable codes, for example <c>HA</c> in <c>HA-AGD-000123</c>.</param>
/// <param name="Shape">The geometry the kind carries.</param>
/// <param name="IsRestricted">Whether the kind holds personal data that never leaves restricted views.</param>
public sealed record ObjectKindInfo(ObjectKind Kind, Type ClrType, string TableName, string CodePrefix, GeometryShape Shape, bool IsRestricted)
{
    private static readonly FrozenDictionary<ObjectKind, ObjectKindInfo> ByKind = new ObjectKindInfo[]
    {
        new(ObjectKind.Organisation, typeof(Organisation), "organisations", "ORG", GeometryShape.None, false),
        new(ObjectKind.Team, typeof(Team), "teams", "TM", GeometryShape.Point, false),
        new(ObjectKind.AdministrativeArea, typeof(AdministrativeArea), "administrative_areas", "ADM", GeometryShape.Polygonal, false),
        new(ObjectKind.Settlement, typeof(Settlement), "settlements", "ST", GeometryShape.Point, false),
        new(ObjectKind.HazardousArea, typeof(HazardousArea), "hazardous_areas", "HA", GeometryShape.Polygonal, false),
        new(ObjectKind.Evidence, typeof(Evidence), "evidence", "EV", GeometryShape.Point, false),
        new(ObjectKind.ClearanceTask, typeof(ClearanceTask), "tasks", "TK", GeometryShape.None, false),
        new(ObjectKind.Activity, typeof(Activity), "activities", "AC", GeometryShape.Point, false),
        new(ObjectKind.ReleasedArea, typeof(ReleasedArea), "released_areas", "RA", GeometryShape.Polygonal, false),
        new(ObjectKind.DeviceFinding, typeof(DeviceFinding), "devices", "DV", GeometryShape.Point, false),
        new(ObjectKind.OrdnanceType, typeof(OrdnanceType), "ordnance_types", "OT", GeometryShape.None, false),
        new(ObjectKind.Handover, typeof(Handover), "handovers", "HO", GeometryShape.None, false),
        new(ObjectKind.QualityInspection, typeof(QualityInspection), "qm_inspections", "QM", GeometryShape.None, false),
        new(ObjectKind.Accident, typeof(Accident), "accidents", "ACC", GeometryShape.Point, false),
        new(ObjectKind.Victim, typeof(Victim), "victims", "VIC", GeometryShape.None, true),
        new(ObjectKind.VictimAssistance, typeof(VictimAssistance), "victim_assistance", "VA", GeometryShape.None, true),
        new(ObjectKind.RiskEducationSession, typeof(RiskEducationSession), "risk_education_sessions", "RE", GeometryShape.Point, false),
        new(ObjectKind.Link, typeof(Link), "links", "LNK", GeometryShape.None, false),
        new(ObjectKind.Asset, typeof(Asset), "assets", "AS", GeometryShape.Any, false),
        new(ObjectKind.ReconstructionProject, typeof(ReconstructionProject), "reconstruction_projects", "RP", GeometryShape.Any, false),
    }.ToFrozenDictionary(i => i.Kind);

    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<ObjectKindInfo> All { get; } = [.. ByKind.Values.OrderBy(i => i.Kind)];

    /// <summary>The information for <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its information.</returns>
    public static ObjectKindInfo Of(ObjectKind kind) => ByKind[kind];

    /// <summary>Finds the kind whose camelCase name (as in field-report files, <c>hazardousArea</c>) is <paramref name="name"/>.</summary>
    /// <param name="name">The name, compared without regard to case.</param>
    /// <param name="info">The kind found.</param>
    /// <returns>Whether a kind has that name.</returns>
    public static bool TryParse(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ObjectKindInfo? info)
    {
        info = All.FirstOrDefault(i => string.Equals(i.Kind.ToString(), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(i.TableName, name, StringComparison.OrdinalIgnoreCase));
        return info is not null;
    }

    /// <summary>The geometry the kind takes, in words for messages: <c>a point</c>, <c>a polygon</c>, <c>a point, line or polygon</c>, <c>no geometry</c>.</summary>
    public string ShapeText => Shape switch
    {
        GeometryShape.Point => "a point",
        GeometryShape.Polygonal => "a polygon",
        GeometryShape.Any => "a point, line or polygon",
        _ => "no geometry",
    };

    /// <summary>The camelCase name used in files and JSON, for example <c>hazardousArea</c>.</summary>
    public string JsonName => char.ToLowerInvariant(Kind.ToString()[0]) + Kind.ToString()[1..];
}
