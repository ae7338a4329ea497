using System.ComponentModel;
using Spectre.Console.Cli;

namespace Homeward.Cli;

/// <summary>The options every command that opens a database takes.</summary>
internal class DatabaseSettings : CommandSettings
{
    [CommandOption("--db <DB>")]
    [Description("The database: a GeoPackage file, or a PostgreSQL database as a postgres:// URI or a Host=...;Database=... connection string. Default: homeward.gpkg in the current folder.")]
    [DefaultValue("homeward.gpkg")]
    public string Database { get; set; } = "homeward.gpkg";

    [CommandOption("--json")]
    [Description("Write the result as JSON to standard output, for scripts.")]
    public bool Json { get; set; }

    [CommandOption("--user <NAME>")]
    [Description("Who is acting, recorded with every change. Default: $HOMEWARD_USER, else the login name.")]
    public string? User { get; set; }

    [CommandOption("--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; set; }

    public string EffectiveUser =>
        !string.IsNullOrWhiteSpace(User) ? User
        : Environment.GetEnvironmentVariable("HOMEWARD_USER") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Environment.UserName;
}
