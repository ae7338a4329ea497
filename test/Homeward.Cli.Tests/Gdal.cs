namespace Homeward.Cli.Tests;

/// <summary>GDAL's command-line tools, as a GIS user would point them at a Homeward file.</summary>
internal static class Gdal
{
    public static async Task<string> InfoAsync(string workingDirectory, params string[] arguments)
    {
        var result = await HomewardProcess.RunProgramAsync("ogrinfo", arguments, workingDirectory);
        Assert.True(result.ExitCode == 0, $"ogrinfo failed: {result}");
        return result.Output;
    }

    /// <summary>Runs SQL over a GeoPackage through GDAL and returns the rows as text fields, by column name.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SqlAsync(string workingDirectory, string file, string sql)
    {
        var result = await HomewardProcess.RunProgramAsync("ogr2ogr", ["-f", "CSV", "/vsistdout/", file, "-sql", sql], workingDirectory);
        Assert.True(result.ExitCode == 0, $"ogr2ogr failed: {result}");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line =>
        {
            var fields = line.Split(',');
            return (IReadOnlyDictionary<string, string>)header.Select((name, i) => (name, value: i < fields.Length ? fields[i].Trim('"') : string.Empty))
                .ToDictionary(x => x.name, x => x.value, StringComparer.Ordinal);
        })];
    }

    /// <summary>A file (or one layer of it) as GDAL reads it, converted by ogr2ogr to GeoJSON.</summary>
    public static async Task<System.Text.Json.JsonElement> GeoJsonAsync(string workingDirectory, string file, params string[] layer)
    {
        var result = await HomewardProcess.RunProgramAsync("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", file, .. layer], workingDirectory);
        Assert.True(result.ExitCode == 0, $"ogr2ogr failed: {result}");
        return System.Text.Json.JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
