using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Storage.GeoPackage;
using Homeward.Storage.PostGis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward migrate</c>: creates the Homeward store in a database, or upgrades its schema to this version of Homeward.
/// It refuses a database that a newer Homeward wrote. A PostgreSQL store is only ever changed by this command (and by
/// <c>init</c> and <c>demo</c>, which create one); a GeoPackage file is also brought up to date whenever it is opened.
/// </summary>
internal sealed class MigrateCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var display = CliStore.DisplayOf(settings.Database);
        int from, to;
        if (CliStore.IsPostGisValue(settings.Database))
        {
            await using var dataSource = PostGisConnection.CreateDataSource(settings.Database);
            (from, to) = await PostGisStore.MigrateAsync(dataSource, new PostGisStoreOptions(), cancellationToken);
        }
        else
        {
            // Opening a GeoPackage applies its migrations; the file's earlier version is not reported.
            var existed = File.Exists(settings.Database);
            await using var store = await GeoPackageStore.OpenAsync(Path.GetFullPath(settings.Database),
                new GeoPackageStoreOptions { CreateIfMissing = true }, cancellationToken);
            (from, to) = (existed ? GeoPackageStore.SchemaVersion : 0, GeoPackageStore.SchemaVersion);
        }

        if (settings.Json)
        {
            CliJson.Write(new { database = display, fromSchemaVersion = from, schemaVersion = to });
            return ExitCodes.Success;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, (from, to) switch
        {
            (0, _) => $"Created the Homeward store in {display} (schema version {to}).",
            _ when from == to => $"{display} is up to date (schema version {to}).",
            _ => $"Migrated {display} from schema version {from} to {to}.",
        });
        return ExitCodes.Success;
    }
}
