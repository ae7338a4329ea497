using System.Globalization;
using System.Text;

namespace Homeward.Demo.Region;

/// <summary>Assigns the three-letter codes that districts lend to object codes (<c>HA-AGD-000123</c>).</summary>
internal static class ShortCodes
{
    /// <summary>The fixed codes of the Karabakh focus districts, by ISO 3166-2 code.</summary>
    public static IReadOnlyDictionary<string, string> Focus { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AZ-AGM"] = "AGD",
        ["AZ-FUZ"] = "FZL",
        ["AZ-CAB"] = "JBR",
        ["AZ-ZAN"] = "ZNG",
        ["AZ-QBI"] = "GBD",
        ["AZ-LAC"] = "LCN",
        ["AZ-KAL"] = "KLB",
        ["AZ-SUS"] = "SHS",
        ["AZ-X01~"] = "SHC", // Şuşa city, apart from the district.
        ["AZ-XVD"] = "KJV",
        ["AZ-XCI"] = "KJL",
        ["AZ-TAR"] = "TRT",
        ["AZ-XA"] = "KHN",
    };

    /// <summary>
    /// Gives each area a unique code: the fixed one for focus districts, else the ISO 3166-2 suffix when it has three
    /// letters and is free, else letters of the English name (the first letter and two later ones, in order).
    /// </summary>
    /// <param name="areas">The areas' ISO codes and English names, in a fixed order.</param>
    /// <returns>The codes, in the same order.</returns>
    public static IReadOnlyList<string> Assign(IReadOnlyList<(string PCode, string NameEn)> areas)
    {
        var codes = new string?[areas.Count];
        var used = new HashSet<string>(Focus.Values, StringComparer.Ordinal);
        for (var i = 0; i < areas.Count; i++)
        {
            if (Focus.TryGetValue(areas[i].PCode, out var focus))
            {
                codes[i] = focus;
            }
        }

        for (var i = 0; i < areas.Count; i++)
        {
            var suffix = areas[i].PCode.StartsWith("AZ-", StringComparison.Ordinal) ? areas[i].PCode[3..] : string.Empty;
            if (codes[i] is null && suffix.Length == 3 && suffix.All(char.IsAsciiLetterUpper) && used.Add(suffix))
            {
                codes[i] = suffix;
            }
        }

        for (var i = 0; i < areas.Count; i++)
        {
            codes[i] ??= FromName(areas[i].NameEn, used);
        }

        return codes!;
    }

    private static string FromName(string name, HashSet<string> used)
    {
        var letters = Fold(name);
        for (var j = 1; j < letters.Length; j++)
        {
            for (var k = j + 1; k < letters.Length; k++)
            {
                var candidate = string.Concat(letters[0], letters[j], letters[k]);
                if (used.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No free three-letter code can be made from '{name}'.");
    }

    private static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Replace('ə', 'a').Replace('Ə', 'A').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetter(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }
}
