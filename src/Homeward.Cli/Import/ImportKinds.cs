using Homeward.Domain;

namespace Homeward.Cli.Import;

/// <summary>The words <c>homeward import --as</c> takes, and the kinds of object they name.</summary>
internal static class ImportKinds
{
    public static IReadOnlyDictionary<string, ObjectKind> ByWord { get; } = new Dictionary<string, ObjectKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["hazards"] = ObjectKind.HazardousArea,
        ["activities"] = ObjectKind.Activity,
        ["released"] = ObjectKind.ReleasedArea,
        ["devices"] = ObjectKind.DeviceFinding,
        ["accidents"] = ObjectKind.Accident,
        ["settlements"] = ObjectKind.Settlement,
        ["assets"] = ObjectKind.Asset,
        ["projects"] = ObjectKind.ReconstructionProject,
    };
}
