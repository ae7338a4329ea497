using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads and writes mapping files: JSON (<c>.json</c>) or YAML (anything else), with camelCase keys, and keeps named
/// mappings in a folder so that the next file from the same source reuses them.
/// </summary>
public static partial class ImportMappingFile
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a mapping from its text.</summary>
    /// <param name="text">The JSON or YAML text.</param>
    /// <param name="json">Whether the text is JSON.</param>
    /// <param name="mapping">The mapping.</param>
    /// <param name="error">Why the text is not a mapping.</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryParse(string text, bool json, out ImportMapping? mapping, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        mapping = null;
        error = null;
        try
        {
            mapping = json
                ? JsonSerializer.Deserialize<ImportMapping>(text, JsonOptions)
                : new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<ImportMapping>(text);
            mapping ??= new ImportMapping();
            return true;
        }
        catch (JsonException ex)
        {
            error = $"not a mapping (JSON): {ex.Message}";
        }
        catch (YamlException ex)
        {
            error = $"not a mapping (YAML), line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}";
        }

        return false;
    }

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The file: <c>.json</c>, else YAML.</param>
    /// <param name="mapping">The mapping.</param>
    /// <param name="error">Why it is not a mapping.</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryRead(string path, out ImportMapping? mapping, out string? error)
    {
        var text = File.ReadAllText(path);
        return TryParse(text, path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{'), out mapping, out error);
    }

    /// <summary>The text of a mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="json">JSON, else YAML.</param>
    /// <returns>The text.</returns>
    public static string Write(ImportMapping mapping, bool json)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return json
            ? JsonSerializer.Serialize(mapping, JsonOptions)
            : new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
                .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
                .Build().Serialize(mapping);
    }

    /// <summary>Whether a name is fit for a saved mapping: letters, digits, dots, hyphens and underscores.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>The file a saved mapping is kept in: <c>NAME.yaml</c> in <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder of saved mappings.</param>
    /// <param name="name">The mapping's name.</param>
    /// <returns>The path.</returns>
    public static string SavedPath(string folder, string name) => Path.Combine(folder, name + ".yaml");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex NamePattern();
}
