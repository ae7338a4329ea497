using System.Text.Json.Nodes;
using Homeward.Domain;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>
/// One item of a generated report. References to other generated objects are kept apart from the attributes as
/// scenario keys, because the codes they resolve to are handed out by the store only when earlier reports are approved.
/// </summary>
/// <param name="ItemRef">The item's reference within its report.</param>
/// <param name="Kind">The kind of object.</param>
/// <param name="Key">The scenario key of the object the item creates (so later items can refer to it), or <see langword="null"/> for an update.</param>
/// <param name="Attributes">The attributes without references, by JSON name. Never changed after creation.</param>
/// <param name="References">The references: the alias (<c>hazardousArea</c>) and the scenario key of the object referred to.</param>
/// <param name="Geometry">The geometry in EPSG:4326, or <see langword="null"/>.</param>
/// <param name="TargetKey">For an update, the scenario key of the object updated.</param>
internal sealed record ScenarioItem(
    string ItemRef,
    ObjectKind Kind,
    string? Key,
    JsonObject Attributes,
    IReadOnlyList<(string Alias, string Key)> References,
    Geometry? Geometry,
    string? TargetKey);
