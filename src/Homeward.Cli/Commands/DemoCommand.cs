using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Demo;
using Homeward.Domain.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward demo</c>: builds the demonstration region — real districts and settlements, synthetic hazards,
/// activities, released land and findings over 2021–2025, all entered through approved field reports — and
/// prints its national summary.
/// </summary>
internal sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Scale is <= 0 or > 10)
        {
            return Messages.Fail(ExitCodes.UserError, "--scale must be above 0 and at most 10 (1 is the full demonstration region).");
        }

        var display = CliStore.DisplayOf(settings.Database);
        if (await CliStore.HoldsDataAsync(settings.Database, cancellationToken))
        {
            if (!settings.Force)
            {
                return Messages.Fail(ExitCodes.UserError, CliStore.IsPostGisValue(settings.Database)
                    ? $"{display} holds a Homeward store with data already; use --force to drop its schema (homeward) and build a new demonstration store there."
                    : $"{settings.Database} exists already; use --force to replace it with a new demonstration database.");
            }

            // A file is deleted; on PostgreSQL the Homeward schema is dropped with every table in it, and nothing else.
            await CliStore.DeleteAsync(settings.Database, cancellationToken);
        }

        var (session, exitCode) = await CliSession.OpenAsync(settings, create: true, cancellationToken);
        if (session is null)
        {
            return exitCode;
        }

        await using (session)
        {
            var options = new DemoOptions { Seed = settings.Seed, Scale = settings.Scale };
            var stopwatch = Stopwatch.StartNew();
            var built = await BuildAsync(session, options, cancellationToken);
            stopwatch.Stop();
            var summary = await NationalSummaryCalculator.ComputeAsync(session.Store, null, cancellationToken);
            if (settings.Json)
            {
                CliJson.Write(new { database = display, seed = settings.Seed, scale = settings.Scale, built, summary });
                return ExitCodes.Success;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                $"Built {display} in {stopwatch.Elapsed.TotalSeconds:0.0} s: {built.Reports:N0} field reports approved; {built.HazardousAreas:N0} hazardous areas, {built.ReleasedAreas:N0} released areas, {built.Devices:N0} devices (seed {settings.Seed}).");
            StatsCommand.Render(summary);
            if (CliStore.IsPostGisValue(settings.Database))
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                    $"Connect QGIS to {display} (schema homeward), or try 'homeward stats --as-of 2023-01-01' with the same --db.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"Open {settings.Database} in QGIS, or try 'homeward stats --as-of 2023-01-01 --db {settings.Database}'.");
            }

            return ExitCodes.Success;
        }
    }

    private static async Task<DemoSummary> BuildAsync(CliSession session, DemoOptions options, CancellationToken cancellationToken)
    {
        var builder = new DemoRegionBuilder();
        if (Console.IsErrorRedirected)
        {
            var lastStage = string.Empty;
            return await builder.BuildAsync(session.Store, session.Measure, options, new SynchronousProgress<DemoProgress>(p =>
            {
                if (p.Stage != lastStage)
                {
                    lastStage = p.Stage;
                    Console.Error.WriteLine($"demo: {p.Stage}");
                }
            }), cancellationToken);
        }

        DemoSummary summary = null!;
        await Messages.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                summary = await builder.BuildAsync(session.Store, session.Measure, options, new SynchronousProgress<DemoProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        task = progressContext.AddTask(Markup.Escape(p.Stage), maxValue: Math.Max(1, p.Total));
                        tasks[p.Stage] = task;
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }), cancellationToken);
            });
        return summary;
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--seed <N>")]
        [Description("The seed of the synthetic data; the same seed gives the same database. Default 2020.")]
        [DefaultValue(2020)]
        public int Seed { get; set; } = 2020;

        [CommandOption("--scale <X>")]
        [Description("How much synthetic data: 1 is the full region (about 3,000 hazardous areas), 0.05 a quick sample.")]
        [DefaultValue(1.0)]
        public double Scale { get; set; } = 1.0;

        [CommandOption("--force")]
        [Description("Replace the database if it holds data: delete the file, or on PostgreSQL drop the Homeward schema (homeward) with all its tables.")]
        public bool Force { get; set; }
    }
}
