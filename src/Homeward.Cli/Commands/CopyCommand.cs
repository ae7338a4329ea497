using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward copy --from SOURCE --to TARGET</c>: copies a whole database, history included, between any two stores (a
/// GeoPackage file and a PostgreSQL database, in either direction) into a new or empty target, in one transaction.
/// </summary>
internal sealed class CopyCommand : AsyncCommand<CopyCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.From) || string.IsNullOrWhiteSpace(settings.To))
        {
            return Messages.Fail(ExitCodes.UserError, "give both --from and --to: a GeoPackage file or a postgres:// URI each.");
        }

        var (fromDisplay, toDisplay) = (CliStore.DisplayOf(settings.From), CliStore.DisplayOf(settings.To));
        if (string.Equals(Path.GetFullPath(settings.From), Path.GetFullPath(settings.To), StringComparison.Ordinal)
            || (CliStore.IsPostGisValue(settings.From) && string.Equals(fromDisplay, toDisplay, StringComparison.Ordinal)))
        {
            return Messages.Fail(ExitCodes.UserError, "--from and --to name the same database.");
        }

        if (await CliStore.HoldsDataAsync(settings.To, cancellationToken))
        {
            return Messages.Fail(ExitCodes.UserError, CliStore.IsPostGisValue(settings.To)
                ? $"{toDisplay} holds a Homeward store with data already; copy writes only into an empty one (choose another database, or empty it)."
                : $"{toDisplay} exists already; copy writes a new database file.");
        }

        var (source, sourceExit) = await CliStore.OpenAsync(settings.From, create: false, cancellationToken);
        if (source is null)
        {
            return sourceExit;
        }

        await using (source)
        {
            var (target, targetExit) = await CliStore.OpenAsync(settings.To, create: true, cancellationToken);
            if (target is null)
            {
                return targetExit;
            }

            await using (target)
            {
                var stopwatch = Stopwatch.StartNew();
                StoreContentCounts counts = null!;
                long dataVersion = 0;
                await ((IStoreTransfer)source.Store).ExportAsync(async (content, ct) =>
                {
                    (counts, dataVersion) = (content.Counts, content.DataVersion);
                    await ProgressReporter.RunAsync($"copy to {toDisplay}", (int)Math.Min(int.MaxValue, content.Counts.Total), async progress =>
                    {
                        await ((IStoreTransfer)target.Store).ImportAsync(content,
                            new SynchronousProgress<long>(rows => progress.Report((int)Math.Min(int.MaxValue, rows))), ct);
                        return true;
                    });
                }, cancellationToken);
                stopwatch.Stop();
                if (settings.Json)
                {
                    CliJson.Write(new
                    {
                        from = fromDisplay,
                        to = toDisplay,
                        reports = counts.Reports,
                        reportEffects = counts.ReportEffects,
                        objectVersions = counts.ObjectVersions,
                        dataVersion,
                        seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2),
                    });
                    return ExitCodes.Success;
                }

                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                    $"Copied {fromDisplay} to {toDisplay} in {stopwatch.Elapsed.TotalSeconds:0.0} s: {counts.Reports:N0} field reports, {counts.ReportEffects:N0} report effects, {counts.ObjectVersions:N0} object versions (data version {dataVersion}).");
                return ExitCodes.Success;
            }
        }
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--from <DB>")]
        [Description("The database to copy: a GeoPackage file, or a postgres:// URI or connection string.")]
        public string From { get; set; } = string.Empty;

        [CommandOption("--to <DB>")]
        [Description("The new database: a GeoPackage file that does not exist yet, or a PostgreSQL database whose Homeward store is missing or empty.")]
        public string To { get; set; } = string.Empty;

        [CommandOption("--json")]
        [Description("Write the result as JSON to standard output, for scripts.")]
        public bool Json { get; set; }

        [CommandOption("--verbose")]
        [Description("Show stack traces of unexpected errors.")]
        public bool Verbose { get; set; }
    }
}
