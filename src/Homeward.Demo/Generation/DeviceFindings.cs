using NetTopologySuite.Geometries.Prepared;

namespace Homeward.Demo.Generation;

/// <summary>Draws the explosive ordnance found in a cleared piece: more, and more mines, in minefields.</summary>
internal static class DeviceFindings
{
    private static readonly Dictionary<string, (string Category, double Weight)[]> CategoriesByHazardType = new(StringComparer.Ordinal)
    {
        ["minefield-ap"] = [("ap-mine", 0.70), ("uxo", 0.25), ("at-mine", 0.05)],
        ["minefield-at"] = [("at-mine", 0.70), ("uxo", 0.20), ("ap-mine", 0.10)],
        ["minefield-mixed"] = [("ap-mine", 0.40), ("at-mine", 0.40), ("uxo", 0.20)],
        ["battle-area"] = [("uxo", 0.85), ("axo", 0.10), ("submunition", 0.05)],
        ["cluster-strike"] = [("submunition", 0.50), ("uxo", 0.50)],
        ["ammunition-site"] = [("uxo", 0.55), ("axo", 0.45)],
        ["ied"] = [("ied", 0.55), ("booby-trap", 0.20), ("uxo", 0.25)],
        ["other"] = [("uxo", 0.85), ("other", 0.15)],
    };

    private static readonly Dictionary<string, string[]> Models = new(StringComparer.Ordinal)
    {
        ["ap-mine"] = ["PMN-2", "PMN", "PMN-4", "POMZ-2M", "OZM-72"],
        ["at-mine"] = ["TM-62M", "TM-62P3", "TM-57", "TM-46"],
        ["uxo"] = ["122 mm HE projectile", "152 mm HE projectile", "82 mm mortar bomb", "120 mm mortar bomb", "RPG-7 grenade", "VOG-17 grenade",
            "F-1 hand grenade", "122 mm rocket"],
        ["submunition"] = ["9N235", "9N210", "M095"],
        ["axo"] = ["Abandoned mortar bombs", "Abandoned artillery projectiles", "Abandoned hand grenades"],
        ["ied"] = ["Victim-operated IED", "Command-wire IED"],
        ["booby-trap"] = ["Tripwire booby trap"],
        ["other"] = ["Unidentified item"],
    };

    private static readonly (string Condition, double Weight)[] Conditions =
        [("armed", 0.30), ("fuzed", 0.25), ("damaged", 0.15), ("unfuzed", 0.10), ("unknown", 0.20)];

    private static readonly (string Disposal, double Weight)[] Disposals =
        [("destroyed-in-situ", 0.70), ("removed-destroyed", 0.25), ("rendered-safe", 0.05)];

    /// <summary>The findings of one cleared piece.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="release">The cleared piece.</param>
    /// <param name="depthCentimetres">The clearance depth; no device lies deeper.</param>
    /// <returns>The findings, each inside the piece, found on the day it was released.</returns>
    public static IEnumerable<DevicePlan> Draw(Random random, ReleasePlan release, int depthCentimetres)
    {
        var hazardType = release.Activity.Hazard.HazardType;
        var count = Math.Min(150, RandomSampling.Poisson(random, DensityPerSquareKilometre(hazardType) * release.AreaSquareMetres / 1e6));
        if (count == 0)
        {
            return [];
        }

        var prepared = PreparedGeometryFactory.Prepare(release.Geometry);
        var devices = new List<DevicePlan>(count);
        for (var i = 0; i < count; i++)
        {
            var category = RandomSampling.Weighted(random, CategoriesByHazardType[hazardType]);
            var models = Models[category];
            devices.Add(new DevicePlan(
                $"dev:{release.Key}:{i:D3}",
                release.Activity,
                category,
                models[random.Next(models.Length)],
                RandomSampling.Geometric(random, MeanQuantityOf(category)),
                random.Next(0, Math.Min(depthCentimetres, category is "ap-mine" or "at-mine" ? 25 : depthCentimetres) + 1),
                RandomSampling.Weighted(random, Conditions),
                RandomSampling.Weighted(random, Disposals),
                release.ReleasedOn,
                RandomSampling.PointIn(random, prepared)));
        }

        return devices;
    }

    private static double DensityPerSquareKilometre(string hazardType) => hazardType switch
    {
        "minefield-ap" => 45,
        "minefield-at" => 25,
        "minefield-mixed" => 40,
        "cluster-strike" => 30,
        "ammunition-site" => 60,
        "battle-area" => 14,
        "ied" => 12,
        _ => 6,
    };

    private static double MeanQuantityOf(string category) => category switch
    {
        "ap-mine" => 2.5,
        "at-mine" => 2,
        "uxo" => 2.5,
        "submunition" => 2,
        "axo" => 6,
        _ => 1,
    };
}
