using System.Globalization;
using System.Text.Json.Nodes;
using Homeward.Demo.Region;
using Homeward.Domain;
using Homeward.Domain.Objects;

namespace Homeward.Demo.Generation;

/// <summary>Writes the report items for each kind of generated record, with attributes under the objects' JSON names.</summary>
internal static class ScenarioItems
{
    /// <summary>The scenario key of an administrative area.</summary>
    /// <param name="district">The area.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(DistrictRecord district) => $"adm:{district.ShortCode}";

    public static ScenarioItem AdministrativeArea(string itemRef, DistrictRecord d) => Create(itemRef, ObjectKind.AdministrativeArea, KeyOf(d),
        new JsonObject
        {
            ["name"] = Name(d.Name),
            ["pCode"] = d.PCode,
            ["shortCode"] = d.ShortCode,
            ["level"] = 1,
            ["isFocus"] = d.IsFocus,
        }, [], d.Geometry);

    public static ScenarioItem Settlement(string itemRef, SettlementRecord s)
    {
        var attributes = new JsonObject { ["name"] = Name(s.Name) };
        Put(attributes, "geoNamesId", s.GeoNamesId);
        Put(attributes, "populationBefore", s.Population);
        Put(attributes, "featureCode", s.FeatureCode);
        return Create(itemRef, ObjectKind.Settlement, $"set:{itemRef}", attributes, [], s.Location);
    }

    public static ScenarioItem Organisation(string itemRef, string key, string name, string type, DateOnly? accreditedUntil)
    {
        var attributes = new JsonObject { ["name"] = name, ["organisationType"] = type, ["isAccredited"] = accreditedUntil is not null };
        Put(attributes, "accreditedUntil", accreditedUntil is { } until ? Iso(until) : null);
        return Create(itemRef, ObjectKind.Organisation, key, attributes, [], null);
    }

    public static ScenarioItem Team(string itemRef, TeamPlan t, string organisationKey) => Create(itemRef, ObjectKind.Team, t.Key, new JsonObject
    {
        ["name"] = t.Name,
        ["capability"] = t.Capability,
        ["size"] = t.Size,
    }, [("organisation", organisationKey)], t.Base);

    public static ScenarioItem Hazard(string itemRef, HazardPlan h) => Create(itemRef, ObjectKind.HazardousArea, h.Key, new JsonObject
    {
        ["areaClass"] = h.AreaClass == AreaClass.Cha ? "cha" : "sha",
        ["hazardType"] = h.HazardType,
        ["priority"] = h.Priority,
        ["benchmark"] = new JsonObject { ["longitude"] = h.Benchmark.X, ["latitude"] = h.Benchmark.Y },
        ["suspectedDeviceCategories"] = Array(h.SuspectedDeviceCategories),
        // A confirmed area has direct evidence of at least the main kind of ordnance suspected.
        ["confirmedDeviceCategories"] = Array(h.AreaClass == AreaClass.Cha ? h.SuspectedDeviceCategories.Take(1) : []),
        ["blockedLandUse"] = Array(h.BlockedLandUse),
        ["beneficiaries"] = new JsonObject
        {
            ["women"] = h.Beneficiaries.Women,
            ["men"] = h.Beneficiaries.Men,
            ["girls"] = h.Beneficiaries.Girls,
            ["boys"] = h.Beneficiaries.Boys,
        },
    }, [("administrativeArea", KeyOf(h.District))], h.Geometry);

    public static ScenarioItem HazardStatusChange(string itemRef, HazardPlan h, HazardStatus status) =>
        Update(itemRef, ObjectKind.HazardousArea, h.Key, new JsonObject { ["status"] = Camel(status) });

    public static ScenarioItem Activity(string itemRef, ActivityPlan a, bool completed)
    {
        var attributes = new JsonObject
        {
            ["activityType"] = a.ActivityType,
            ["methods"] = Array(a.Methods),
            ["startedOn"] = Iso(a.StartedOn),
            ["status"] = completed ? "completed" : "ongoing",
        };
        if (completed)
        {
            attributes["endedOn"] = Iso(a.EndedOn!.Value);
        }

        return Create(itemRef, ObjectKind.Activity, a.Key, attributes,
            [("hazardousArea", a.Hazard.Key), ("organisation", $"org:{a.Team.Operator}"), ("team", a.Team.Key)], a.Hazard.Geometry.InteriorPoint);
    }

    public static ScenarioItem ActivityCompleted(string itemRef, ActivityPlan a) =>
        Update(itemRef, ObjectKind.Activity, a.Key, new JsonObject { ["status"] = "completed", ["endedOn"] = Iso(a.EndedOn!.Value) });

    public static ScenarioItem Release(string itemRef, ReleasePlan r)
    {
        var attributes = new JsonObject { ["outcome"] = Camel(r.Outcome), ["releasedOn"] = Iso(r.ReleasedOn) };
        Put(attributes, "clearanceDepthCentimetres", r.ClearanceDepthCentimetres);
        return Create(itemRef, ObjectKind.ReleasedArea, r.Key, attributes,
            [("hazardousArea", r.Activity.Hazard.Key), ("activity", r.Activity.Key)], r.Geometry);
    }

    public static ScenarioItem Device(string itemRef, DevicePlan d) => Create(itemRef, ObjectKind.DeviceFinding, d.Key, new JsonObject
    {
        ["category"] = d.Category,
        ["model"] = d.Model,
        ["quantity"] = d.Quantity,
        ["condition"] = d.Condition,
        ["depthCentimetres"] = d.DepthCentimetres,
        ["foundOn"] = Iso(d.FoundOn),
        ["disposal"] = d.Disposal,
    }, [("activity", d.Activity.Key)], d.Location);

    private static ScenarioItem Create(string itemRef, ObjectKind kind, string key, JsonObject attributes,
        IReadOnlyList<(string, string)> references, NetTopologySuite.Geometries.Geometry? geometry) =>
        new(itemRef, kind, key, attributes, references, geometry, null);

    private static ScenarioItem Update(string itemRef, ObjectKind kind, string targetKey, JsonObject attributes) =>
        new(itemRef, kind, null, attributes, [], null, targetKey);

    private static JsonObject Name(LocalizedText name)
    {
        var node = new JsonObject { ["en"] = name.En };
        Put(node, "az", name.Az);
        Put(node, "ru", name.Ru);
        return node;
    }

    private static void Put(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }

    private static void Put(JsonObject node, string name, long? value)
    {
        if (value is { } v)
        {
            node[name] = v;
        }
    }

    private static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)v)];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
