using Homeward.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward init</c>: creates an empty database.</summary>
internal sealed class InitCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (await CliStore.HoldsDataAsync(settings.Database, cancellationToken))
        {
            return Messages.Fail(ExitCodes.UserError,
                $"{CliStore.DisplayOf(settings.Database)} exists already; Homeward does not overwrite a database.");
        }

        var (session, exitCode) = await CliSession.OpenAsync(settings, create: true, cancellationToken);
        if (session is null)
        {
            return exitCode;
        }

        await using (session)
        {
            if (settings.Json)
            {
                CliJson.Write(new { database = CliStore.DisplayOf(settings.Database), dataVersion = await session.Store.GetDataVersionAsync(cancellationToken) });
            }
            else
            {
                var created = CliStore.IsPostGisValue(settings.Database)
                    ? $"Created an empty Homeward store in {CliStore.DisplayOf(settings.Database)} (PostgreSQL schema homeward, PostGIS, EPSG:4326)."
                    : $"Created {settings.Database}: an empty Homeward database (GeoPackage 1.3, EPSG:4326).";
                AnsiConsole.MarkupLine(Markup.Escape(created));
            }

            return ExitCodes.Success;
        }
    }
}
