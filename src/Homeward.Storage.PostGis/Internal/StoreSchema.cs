using System.Text.RegularExpressions;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The PostgreSQL schema that holds one Homeward store, and the qualified names of its tables. Names are plain
/// lower-case identifiers the code checks or builds itself, so they are safe to write into SQL. Thread-safe.
/// </summary>
internal sealed partial class StoreSchema
{
    /// <summary>Creates the names for a schema.</summary>
    /// <param name="name">The schema name.</param>
    /// <exception cref="ArgumentException">The name is not a plain lower-case identifier.</exception>
    public StoreSchema(string name)
    {
        if (!IsPlainIdentifier(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a plain PostgreSQL identifier (lower-case letters, digits and underscores, at most 63 characters).",
                nameof(name));
        }

        Name = name;
        Quoted = Quote(name);
    }

    /// <summary>The schema name.</summary>
    public string Name { get; }

    /// <summary>The quoted schema name.</summary>
    public string Quoted { get; }

    /// <summary>The key/value table: schema version, data version, creation time.</summary>
    public string Meta => Table("meta");

    /// <summary>The field reports.</summary>
    public string FieldReports => Table("field_reports");

    /// <summary>The items of the field reports, one row each.</summary>
    public string FieldReportItems => Table("field_report_items");

    /// <summary>Every version of every object.</summary>
    public string ObjectVersions => Table("object_versions");

    /// <summary>The changes each approval made.</summary>
    public string ReportEffects => Table("report_effects");

    /// <summary>The code tables in force.</summary>
    public string CodeValues => Table("code_values");

    /// <summary>The last number handed out per code prefix.</summary>
    public string CodeSequences => Table("code_sequences");

    /// <summary>Whether a name is a plain lower-case identifier.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsPlainIdentifier(string? name) => name is not null && Identifier().IsMatch(name);

    /// <summary>Quotes an identifier the code checked or built itself.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The quoted identifier.</returns>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The qualified name of a table of the schema.</summary>
    /// <param name="table">The table name.</param>
    /// <returns>The qualified, quoted name.</returns>
    public string Table(string table) => $"{Quoted}.{Quote(table)}";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
