using Homeward.Demo.Region;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Quadtree;
using NetTopologySuite.LinearReferencing;

namespace Homeward.Demo.Generation;

/// <summary>
/// Places synthetic hazardous areas in the focus districts: log-normal sizes, irregular valid perimeters inside the
/// district, types weighted so that minefields gather along a synthetic front line in the east.
/// </summary>
internal static class HazardGenerator
{
    /// <summary>How far (m) from the synthetic front line a front-line hazard's centre may lie.</summary>
    private const double FrontLineBeltMetres = 4_000;

    /// <summary>The largest hazard (m²), and the largest share of its district one may take.</summary>
    private const double MaximumAreaSquareMetres = 40e6;
    private const double MaximumDistrictShare = 0.15;

    /// <summary>
    /// A synthetic front line through Tərtər, Ağdam, Xocavənd, Füzuli and Cəbrayıl (EPSG:4326). It is NOT the former
    /// line of contact, which has no licensed source here; it only concentrates minefields where a front line was.
    /// </summary>
    public static LineString FrontLine { get; } = GeometryServices.Wgs84.CreateLineString(
    [
        new(46.55, 40.30), new(46.80, 40.16), new(46.93, 39.98), new(47.02, 39.78),
        new(47.12, 39.58), new(47.05, 39.44), new(46.92, 39.32),
    ]);

    private static readonly (string Type, double Weight)[] GeneralTypes =
    [
        ("battle-area", 0.42), ("cluster-strike", 0.22), ("minefield-ap", 0.07), ("minefield-at", 0.03), ("minefield-mixed", 0.05),
        ("ammunition-site", 0.09), ("ied", 0.04), ("other", 0.08),
    ];

    private static readonly (string Type, double Weight)[] FrontLineTypes =
    [
        ("minefield-ap", 0.33), ("minefield-at", 0.14), ("minefield-mixed", 0.30), ("battle-area", 0.18), ("other", 0.05),
    ];

    private static readonly (string Use, double Weight)[] LandUses =
    [
        ("agriculture", 0.30), ("grazing", 0.25), ("housing", 0.12), ("road", 0.10), ("infrastructure", 0.08), ("forest", 0.07),
        ("water", 0.04), ("heritage", 0.02), ("other", 0.02),
    ];

    private static readonly (int Priority, double Weight)[] Priorities = [(1, 0.10), (2, 0.20), (3, 0.35), (4, 0.20), (5, 0.15)];

    /// <summary>Makes <paramref name="count"/> hazardous areas.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="focus">The focus districts, in file order.</param>
    /// <param name="operators">The operators, of which one per hazard is chosen among those working in its district.</param>
    /// <param name="count">How many hazards.</param>
    /// <param name="measure">Areas in m².</param>
    /// <returns>The hazards, by district in file order.</returns>
    public static IReadOnlyList<HazardPlan> Generate(Random random, IReadOnlyList<DistrictRecord> focus, IReadOnlyList<OperatorPlan> operators,
        int count, IMetricMeasure measure)
    {
        var districtAreas = focus.Select(d => measure.AreaSquareMetres(d.Geometry)).ToArray();
        var counts = Allocate(count, [.. focus.Select((d, i) => districtAreas[i] * WeightOf(d.ShortCode))]);
        var hazards = new List<HazardPlan>(count);
        var placed = new Quadtree<Polygon>();
        for (var d = 0; d < focus.Count; d++)
        {
            var district = focus[d];
            var prepared = PreparedGeometryFactory.Prepare(district.Geometry);
            var operatorsHere = Enumerable.Range(0, operators.Count).Where(o => operators[o].Districts.Contains(district.ShortCode)).ToArray();
            var maximumArea = Math.Min(MaximumAreaSquareMetres, districtAreas[d] * MaximumDistrictShare);
            for (var n = 0; n < counts[d]; n++)
            {
                var nearFront = OrganisationGenerator.FrontLineDistricts.Contains(district.ShortCode) && random.NextDouble() < 0.45;
                var type = RandomSampling.Weighted(random, nearFront ? FrontLineTypes : GeneralTypes);
                var area = Math.Min(maximumArea, RandomSampling.LogNormal(random, MedianAreaOf(type), 1.3));
                var (polygon, centre, radius) = Place(random, prepared, placed, nearFront, area);
                placed.Insert(polygon.EnvelopeInternal, polygon);
                var isMinefield = type.StartsWith("minefield", StringComparison.Ordinal);
                var areaClass = random.NextDouble() < (isMinefield ? 0.40 : 0.14) ? AreaClass.Cha : AreaClass.Sha;
                var month = 1 + (int)Math.Floor(Math.Pow(random.NextDouble(), 1.4) * 9);
                hazards.Add(new HazardPlan(
                    $"haz:{hazards.Count:D5}",
                    district,
                    polygon,
                    measure.AreaSquareMetres(polygon),
                    areaClass,
                    type,
                    RandomSampling.Weighted(random, Priorities),
                    SuspectedCategoriesOf(type),
                    DrawLandUses(random),
                    DrawBeneficiaries(random),
                    HazardShape.Offset(centre, (radius * 1.1) + 25, random.NextDouble() * 2 * Math.PI),
                    new DateOnly(2021, month, 1 + random.Next(DateTime.DaysInMonth(2021, month))),
                    operatorsHere[random.Next(operatorsHere.Length)]));
            }
        }

        return hazards;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest remainder), at least 1 each when there are enough.</summary>
    /// <param name="total">The total.</param>
    /// <param name="weights">The weights.</param>
    /// <returns>The parts, summing to <paramref name="total"/>.</returns>
    public static int[] Allocate(int total, double[] weights)
    {
        var floor = total >= weights.Length ? 1 : 0;
        var rest = total - (floor * weights.Length);
        var sum = weights.Sum();
        var exact = weights.Select(w => rest * w / sum).ToArray();
        var counts = exact.Select(e => floor + (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).ToArray();
        for (var k = 0; counts.Sum() < total; k++)
        {
            counts[order[k % order.Length]]++;
        }

        return counts;
    }

    private static double WeightOf(string shortCode) =>
        OrganisationGenerator.FrontLineDistricts.Contains(shortCode) ? 1.6 : shortCode is "KLB" or "LCN" ? 0.8 : 1.0;

    private static double MedianAreaOf(string type) => type switch
    {
        "minefield-ap" or "minefield-at" or "minefield-mixed" => 0.6e6,
        "battle-area" => 0.5e6,
        "cluster-strike" => 0.4e6,
        "ammunition-site" => 0.08e6,
        "ied" => 0.05e6,
        _ => 0.2e6,
    };

    /// <summary>
    /// A hazard of about the given area inside the district that overlaps no hazard placed before: real surveys record
    /// each piece of land once, and overlapping areas would count twice in the national totals.
    /// </summary>
    private static (Polygon Polygon, Coordinate Centre, double RadiusMetres) Place(Random random, IPreparedGeometry district,
        Quadtree<Polygon> placed, bool nearFront, double areaSquareMetres)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0 && attempt % 10 == 0)
            {
                areaSquareMetres *= 0.6; // It does not fit: try a smaller one.
            }

            var centre = (nearFront && attempt < 20 ? NearFrontLine(random, district) : null)
                ?? RandomSampling.PointIn(random, district).Coordinate;
            var (polygon, radius) = HazardShape.Create(random, centre, areaSquareMetres);
            if (polygon.IsValid && district.Covers(polygon)
                && !placed.Query(polygon.EnvelopeInternal).Any(other => other.Intersects(polygon)))
            {
                return (polygon, centre, radius);
            }
        }
    }

    private static Coordinate? NearFrontLine(Random random, IPreparedGeometry district)
    {
        var line = new LengthIndexedLine(FrontLine);
        for (var i = 0; i < 50; i++)
        {
            var onLine = line.ExtractPoint(random.NextDouble() * FrontLine.Length);
            var offset = HazardShape.Offset(onLine, RandomSampling.Uniform(random, -1, 1) * FrontLineBeltMetres, random.NextDouble() * 2 * Math.PI);
            if (district.Contains(offset))
            {
                return offset.Coordinate;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> SuspectedCategoriesOf(string type) => type switch
    {
        "minefield-ap" => ["ap-mine"],
        "minefield-at" => ["at-mine"],
        "minefield-mixed" => ["ap-mine", "at-mine"],
        "cluster-strike" => ["submunition", "uxo"],
        "ammunition-site" => ["uxo", "axo"],
        "ied" => ["ied", "booby-trap"],
        _ => ["uxo"],
    };

    private static List<string> DrawLandUses(Random random)
    {
        var count = 1 + random.Next(3);
        var uses = new List<string>(count);
        while (uses.Count < count)
        {
            var use = RandomSampling.Weighted(random, LandUses);
            if (!uses.Contains(use))
            {
                uses.Add(use);
            }
        }

        return uses;
    }

    private static Beneficiaries DrawBeneficiaries(Random random)
    {
        var total = (int)Math.Round(RandomSampling.LogNormal(random, 120, 1.1));
        var adults = (int)Math.Round(total * RandomSampling.Uniform(random, 0.55, 0.75));
        var women = (int)Math.Round(adults * RandomSampling.Uniform(random, 0.45, 0.55));
        var girls = (int)Math.Round((total - adults) * RandomSampling.Uniform(random, 0.45, 0.55));
        return new Beneficiaries(women, adults - women, girls, total - adults - girls);
    }
}
