using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Homeward.Exchange.Import;

/// <summary>
/// The attributes of one row of a table (CSV, sheet): the values in column order over a header shared by every row, so
/// that a million rows hold a million small arrays rather than a million dictionaries. Read-only.
/// </summary>
internal sealed class RowAttributes(RowAttributes.Header header, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => header.Names;

    public IEnumerable<object?> Values => values;

    public int Count => header.Names.Count;

    public bool ContainsKey(string key) => header.Index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (header.Index.TryGetValue(key, out var i))
        {
            value = values[i];
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < header.Names.Count; i++)
        {
            yield return new(header.Names[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The column names of a table and their positions.</summary>
    internal sealed class Header(IReadOnlyList<string> names)
    {
        public IReadOnlyList<string> Names { get; } = names;

        public Dictionary<string, int> Index { get; } = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
    }
}
