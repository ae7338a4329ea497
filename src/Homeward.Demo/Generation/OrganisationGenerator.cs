using Homeward.Demo.Region;
using NetTopologySuite.Geometries.Prepared;

namespace Homeward.Demo.Generation;

/// <summary>Makes the synthetic operators and their teams, based in the focus districts.</summary>
internal static class OrganisationGenerator
{
    /// <summary>The scenario key of the national authority.</summary>
    public const string NationalAuthorityKey = "org:authority";

    private static readonly (string Name, string ShortName, string Type)[] Operators =
    [
        ("State Engineering Demining Unit (synthetic)", "SEDU", "operator-state"),
        ("Civil Defence Demining Service (synthetic)", "CDDS", "operator-state"),
        ("Alpha Mine Clearance Ltd (synthetic)", "Alpha", "operator-commercial"),
        ("Delta Survey and Clearance LLC (synthetic)", "Delta", "operator-commercial"),
        ("Open Fields Demining Initiative (synthetic)", "Open Fields", "operator-ngo"),
        ("Homecoming Humanitarian Demining (synthetic)", "Homecoming", "operator-ngo"),
    ];

    /// <summary>The capabilities of each operator's teams: one survey team and six that survey technically or clear.</summary>
    private static readonly string[] TeamCapabilities = ["survey", "manual", "manual", "mdd", "mechanical", "eod", "mixed"];

    /// <summary>The front-line districts, where a third operator works.</summary>
    public static IReadOnlySet<string> FrontLineDistricts { get; } = new HashSet<string>(["AGD", "FZL", "KJV", "TRT", "JBR"], StringComparer.Ordinal);

    /// <summary>Makes the operators and teams.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="focus">The focus districts, in file order.</param>
    /// <returns>The operators, each with its districts and teams.</returns>
    public static IReadOnlyList<OperatorPlan> Generate(Random random, IReadOnlyList<DistrictRecord> focus)
    {
        var districtsOf = Enumerable.Range(0, Operators.Length).Select(_ => new List<DistrictRecord>()).ToArray();
        for (var i = 0; i < focus.Count; i++)
        {
            districtsOf[i % Operators.Length].Add(focus[i]);
            districtsOf[(i + 3) % Operators.Length].Add(focus[i]);
            if (FrontLineDistricts.Contains(focus[i].ShortCode))
            {
                districtsOf[(i + 1) % Operators.Length].Add(focus[i]);
            }
        }

        var prepared = focus.ToDictionary(d => d.ShortCode, d => PreparedGeometryFactory.Prepare(d.Geometry), StringComparer.Ordinal);
        var operators = new List<OperatorPlan>(Operators.Length);
        for (var o = 0; o < Operators.Length; o++)
        {
            var (name, shortName, type) = Operators[o];
            var teams = new List<TeamPlan>(TeamCapabilities.Length);
            for (var t = 0; t < TeamCapabilities.Length; t++)
            {
                var capability = TeamCapabilities[t];
                var number = TeamCapabilities.Take(t + 1).Count(c => c == capability);
                var district = districtsOf[o][random.Next(districtsOf[o].Count)];
                teams.Add(new TeamPlan($"team:{o}:{t}", o, $"{shortName} {TeamWord(capability)} team {number} (synthetic)", capability,
                    SizeOf(random, capability), RandomSampling.PointIn(random, prepared[district.ShortCode])));
            }

            operators.Add(new OperatorPlan($"org:{o}", name, type, [.. districtsOf[o].Select(d => d.ShortCode)], teams));
        }

        return operators;
    }

    private static string TeamWord(string capability) => capability switch
    {
        "mdd" => "dog",
        "eod" => "EOD",
        _ => capability,
    };

    private static int SizeOf(Random random, string capability) => capability switch
    {
        "survey" => random.Next(4, 7),
        "manual" => random.Next(10, 25),
        "mdd" => random.Next(6, 11),
        "mechanical" => random.Next(4, 9),
        "eod" => random.Next(4, 7),
        _ => random.Next(12, 31),
    };
}
