using System.Collections.Frozen;
using System.Text.Json;

namespace Homeward.Domain.Codes;

/// <summary>
/// The code tables in force: the standard ones shipped with Homeward plus any values a country adds.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CodeTables
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, CodeValue>> _tables;

    private CodeTables(IEnumerable<CodeValue> values)
    {
        _tables = values
            .GroupBy(v => v.Table, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(v => v.Code, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The standard tables shipped with Homeward, labelled in English, Azerbaijani and Russian.</summary>
    public static CodeTables Standard { get; } = new(LoadStandard());

    /// <summary>Every value of every table, ordered by table and code.</summary>
    public IEnumerable<CodeValue> AllValues =>
        _tables.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => t.Value.Values.OrderBy(v => v.Code, StringComparer.Ordinal));

    /// <summary>The names of the tables.</summary>
    public IEnumerable<string> TableNames => _tables.Keys.Order(StringComparer.Ordinal);

    /// <summary>Builds code tables from stored values.</summary>
    /// <param name="values">The values; a later value with the same table and code replaces an earlier one.</param>
    /// <returns>The tables.</returns>
    public static CodeTables From(IEnumerable<CodeValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var latest = new Dictionary<(string, string), CodeValue>();
        foreach (var v in values)
        {
            latest[(v.Table, v.Code)] = v;
        }

        return new CodeTables(latest.Values);
    }

    /// <summary>Returns these tables with <paramref name="value"/> added or relabelled.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The extended tables.</returns>
    public CodeTables PlusValue(CodeValue value) => From(AllValues.Append(value));

    /// <summary>Whether <paramref name="code"/> is a value of <paramref name="table"/>.</summary>
    /// <param name="table">The table name.</param>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is known.</returns>
    public bool Contains(string table, string code) => _tables.TryGetValue(table, out var t) && t.ContainsKey(code);

    /// <summary>The label of a code, or <see langword="null"/> when unknown.</summary>
    /// <param name="table">The table name.</param>
    /// <param name="code">The code.</param>
    /// <returns>The label.</returns>
    public LocalizedText? LabelOf(string table, string code) =>
        _tables.TryGetValue(table, out var t) && t.TryGetValue(code, out var v) ? v.Label : null;

    /// <summary>The known codes of <paramref name="table"/> nearest to <paramref name="code"/> (by edit distance), at most three.</summary>
    /// <param name="table">The table name.</param>
    /// <param name="code">The unknown code.</param>
    /// <returns>The suggestions, nearest first.</returns>
    public IReadOnlyList<string> Suggest(string table, string code)
    {
        if (!_tables.TryGetValue(table, out var t))
        {
            return [];
        }

        var lower = code.ToLowerInvariant();
        return [.. t.Keys
            .Select(k => (Code: k, Distance: EditDistance(lower, k)))
            .Where(x => x.Distance <= Math.Max(2, x.Code.Length / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Code)];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static List<CodeValue> LoadStandard()
    {
        using var stream = typeof(CodeTables).Assembly.GetManifestResourceStream("Homeward.Domain.Codes.standard-code-tables.json")
            ?? throw new InvalidOperationException("The standard code tables are missing from the Homeward.Domain assembly.");
        using var document = JsonDocument.Parse(stream);
        var values = new List<CodeValue>();
        foreach (var table in document.RootElement.EnumerateObject())
        {
            foreach (var row in table.Value.EnumerateArray())
            {
                values.Add(new CodeValue(
                    table.Name,
                    row[0].GetString()!,
                    new LocalizedText(row[1].GetString()!, row[2].GetString(), row[3].GetString())));
            }
        }

        return values;
    }
}
