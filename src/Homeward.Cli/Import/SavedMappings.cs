namespace Homeward.Cli.Import;

/// <summary>
/// Where named mappings are kept: the folder <c>$HOMEWARD_MAPPINGS</c>, else <c>homeward/mappings</c> in the user's
/// application-data folder (<c>~/.config/homeward/mappings</c> on Linux), one <c>NAME.yaml</c> each.
/// </summary>
internal static class SavedMappings
{
    public static string Folder => Environment.GetEnvironmentVariable("HOMEWARD_MAPPINGS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "homeward", "mappings");
}
