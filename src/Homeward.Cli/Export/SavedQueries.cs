using System.Text.Json;
using System.Text.RegularExpressions;

namespace Homeward.Cli.Export;

/// <summary>
/// The saved export queries: a JSON file (<c>{"name": {"layer": ..., "where": ...}}</c>), by default
/// <c>homeward-queries.json</c> in the current folder, else the file <c>--queries</c> or <c>$HOMEWARD_QUERIES</c> names.
/// A plain file, so that a team can keep it under version control and share it.
/// </summary>
internal static partial class SavedQueries
{
    public const string DefaultFile = "homeward-queries.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathOf(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("HOMEWARD_QUERIES") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultFile;

    public static bool IsValidName(string name) => Name().IsMatch(name);

    public static async Task<SortedDictionary<string, SavedQuery>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new SortedDictionary<string, SavedQuery>(StringComparer.Ordinal);
        }

        await using var stream = File.OpenRead(path);
        var queries = await JsonSerializer.DeserializeAsync<Dictionary<string, SavedQuery>>(stream, Options, cancellationToken);
        return new SortedDictionary<string, SavedQuery>(queries ?? [], StringComparer.Ordinal);
    }

    public static async Task SaveAsync(string path, string name, SavedQuery query, CancellationToken cancellationToken)
    {
        var queries = await LoadAsync(path, cancellationToken);
        queries[name] = query;
        // Written beside the target and moved over it, so a crash never leaves half a file.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(queries, Options), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
