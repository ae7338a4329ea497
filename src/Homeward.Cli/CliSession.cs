using Homeward.Cli.Rendering;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Storage.GeoPackage;

namespace Homeward.Cli;

/// <summary>An open database with the workflow over it, for the length of one command.</summary>
internal sealed class CliSession : IAsyncDisposable
{
    private CliSession(IHomewardStore store, string user)
    {
        Store = store;
        User = user;
        Measure = UtmMetricMeasure.Karabakh;
        Workflow = new ReviewWorkflow(store, Measure, TimeProvider.System, InvariantOptions.Default);
    }

    public IHomewardStore Store { get; }

    public IMetricMeasure Measure { get; }

    public ReviewWorkflow Workflow { get; }

    public string User { get; }

    /// <summary>Opens the database the settings name; on failure, says why on standard error and gives the exit code.</summary>
    public static async Task<(CliSession? Session, int ExitCode)> OpenAsync(DatabaseSettings settings, bool create, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.Database);
        if (!create && !File.Exists(path))
        {
            return (null, Messages.Fail(ExitCodes.EnvironmentError,
                $"there is no database at {settings.Database}; create one with 'homeward init --db {settings.Database}' or 'homeward demo'."));
        }

        try
        {
            var opened = await GeoPackageStore.OpenAsync(path, new GeoPackageStoreOptions { CreateIfMissing = create }, cancellationToken);
            return (new CliSession(opened, settings.EffectiveUser), ExitCodes.Success);
        }
        catch (GeoPackageStoreException ex)
        {
            return (null, Messages.Fail(ExitCodes.EnvironmentError, ex.Message));
        }
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
