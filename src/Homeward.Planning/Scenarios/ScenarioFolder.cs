using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Homeward.Planning.Scenarios;

/// <summary>
/// Keeps scenarios as JSON files, one folder per name and one file per version (<c>NAME/v3.json</c>); a saved
/// version is never overwritten.
/// </summary>
public sealed partial class ScenarioFolder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Opens (without creating) a folder of scenarios.</summary>
    public ScenarioFolder(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Whether a name is usable: letters, digits, '-', '_' and '.', not starting with '.'.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Saves a scenario as the next version of its name and returns it with that version.</summary>
    public Scenario Save(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!IsValidName(scenario.Name))
        {
            throw new ArgumentException($"\"{scenario.Name}\" is not a scenario name (letters, digits, '-', '_', '.').", nameof(scenario));
        }

        var folder = System.IO.Path.Combine(Path, scenario.Name);
        Directory.CreateDirectory(folder);
        for (var version = Versions(scenario.Name).DefaultIfEmpty(0).Max() + 1; ; version++)
        {
            var saved = scenario with { Version = version };
            try
            {
                using var stream = new FileStream(FileOf(scenario.Name, version), FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(stream, saved, Json);
                return saved;
            }
            catch (IOException) when (File.Exists(FileOf(scenario.Name, version)))
            {
                // Someone saved this version meanwhile: take the next.
            }
        }
    }

    /// <summary>A version of a scenario (the latest when <paramref name="version"/> is null), or null when there is none.</summary>
    public Scenario? Load(string name, int? version = null)
    {
        if (!IsValidName(name))
        {
            return null;
        }

        var v = version ?? Versions(name).DefaultIfEmpty(0).Max();
        var file = FileOf(name, v);
        if (v == 0 || !File.Exists(file))
        {
            return null;
        }

        using var stream = File.OpenRead(file);
        return JsonSerializer.Deserialize<Scenario>(stream, Json) ?? throw new InvalidDataException($"{file} holds no scenario.");
    }

    /// <summary>The saved versions of a scenario.</summary>
    public IReadOnlyList<int> Versions(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "v*.json")
            .Select(f => System.IO.Path.GetFileNameWithoutExtension(f)[1..])
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v > 0)
            .Order()];
    }

    /// <summary>The names of the saved scenarios.</summary>
    public IReadOnlyList<string> Names() =>
        Directory.Exists(Path)
            ? [.. Directory.EnumerateDirectories(Path).Select(System.IO.Path.GetFileName).OfType<string>().Where(n => Versions(n).Count > 0).Order(StringComparer.Ordinal)]
            : [];

    private string FileOf(string name, int version) =>
        System.IO.Path.Combine(Path, name, string.Create(CultureInfo.InvariantCulture, $"v{version}.json"));

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex NamePattern();
}
