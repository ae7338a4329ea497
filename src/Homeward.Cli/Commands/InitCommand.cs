using System.Globalization;
using Homeward.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward init</c>: creates an empty database.</summary>
internal sealed class InitCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.Database))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.Database} exists already; Homeward does not overwrite a database.");
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
                CliJson.Write(new { database = settings.Database, dataVersion = await session.Store.GetDataVersionAsync(cancellationToken) });
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"Created {settings.Database}: an empty Homeward database (GeoPackage 1.3, EPSG:4326).");
            }

            return ExitCodes.Success;
        }
    }
}
