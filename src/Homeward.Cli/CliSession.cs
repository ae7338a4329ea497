using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Geo.Validation;

namespace Homeward.Cli;

/// <summary>An open database with the workflow over it, for the length of one command.</summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly IAsyncDisposable _opened;

    private CliSession(IHomewardStore store, string user, IAsyncDisposable opened)
    {
        _opened = opened;
        Store = store;
        User = user;
        Measure = UtmMetricMeasure.Karabakh;
        Workflow = new ReviewWorkflow(store, Measure, TimeProvider.System, Options) { BatchItems = ReviewBatchItems() };
    }

    /// <summary>The rules' tolerances, deployment region and thresholds: the Karabakh deployment's, for files and review alike.</summary>
    public static InvariantOptions Options => InvariantOptions.Default;

    /// <summary>The environment variable that sets how many items of a large report are reviewed at a time (memory against speed).</summary>
    public const string ReviewBatchVariable = "HOMEWARD_REVIEW_BATCH_ITEMS";

    /// <summary>A new validator of incoming geometry for files and imports: the deployment's rules, measured in UTM 38N.</summary>
    public static GeometryValidator NewGeometryValidator() => new(Options.Geometry, new UtmMetricMeasure(38, north: true));

    public IHomewardStore Store { get; }

    public IMetricMeasure Measure { get; }

    public ReviewWorkflow Workflow { get; }

    public string User { get; }

    /// <summary>Opens the database the settings name (<see cref="CliStore"/>); on failure, says why on standard error and gives the exit code.</summary>
    public static async Task<(CliSession? Session, int ExitCode)> OpenAsync(DatabaseSettings settings, bool create, CancellationToken cancellationToken)
    {
        var (opened, exitCode) = await CliStore.OpenAsync(settings.Database, create, cancellationToken);
        return opened is null ? (null, exitCode) : (new CliSession(opened.Store, settings.EffectiveUser, opened), ExitCodes.Success);
    }

    /// <summary>Opens the database the settings name, runs <paramref name="work"/> on it and closes it; on failure to open, says why and gives the exit code.</summary>
    public static async Task<int> RunAsync(DatabaseSettings settings, Func<CliSession, Task<int>> work, CancellationToken cancellationToken)
    {
        var (session, exitCode) = await OpenAsync(settings, create: false, cancellationToken);
        if (session is null)
        {
            return exitCode;
        }

        await using (session)
        {
            return await work(session);
        }
    }

    public ValueTask DisposeAsync() => _opened.DisposeAsync();

    // The workflow's default unless the environment gives a positive number.
    private static int ReviewBatchItems() =>
        int.TryParse(Environment.GetEnvironmentVariable(ReviewBatchVariable), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var items) && items > 0
            ? items
            : ReviewWorkflow.DefaultBatchItems;
}
