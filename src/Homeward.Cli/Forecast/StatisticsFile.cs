using Homeward.Cli.Rendering;
using Homeward.Planning.Statistics;

namespace Homeward.Cli.Forecast;

/// <summary>Reads the statistics file a command was given, reporting a refusal with every row, column and value.</summary>
internal static class StatisticsFile
{
    public static async Task<(ProgrammeStatistics? Statistics, int ExitCode)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, Messages.Fail(ExitCodes.UserError, $"there is no file {path}."));
        }

        var read = StatisticsCsv.Read(await File.ReadAllTextAsync(path, cancellationToken));
        return read.TryGetValue(out var statistics)
            ? (statistics, ExitCodes.Success)
            : (null, Messages.Fail(ExitCodes.UserError, $"{path} was refused: {read.Errors.Count} problem(s)", read.Errors.Select(e => e.ToString())));
    }
}
