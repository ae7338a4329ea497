using Xunit;

namespace Homeward.Testing;

/// <summary>
/// One <see cref="TemporaryPostgis"/> per test run, started on first use, for xunit's assembly fixtures.
/// </summary>
/// <remarks>
/// <para>Register it once in a test project and take it in a test class's constructor:</para>
/// <code>
/// [assembly: AssemblyFixture(typeof(PostgisFixture))]
///
/// public sealed class MyStoreTests(PostgisFixture postgis)
/// {
///     [Fact]
///     public async Task Query_Something_Works()
///     {
///         var cluster = await postgis.GetAsync(TestContext.Current.CancellationToken);
///         var connectionString = await cluster.CreateDatabaseAsync("my_store_query_something", TestContext.Current.CancellationToken);
///     }
/// }
/// </code>
/// <para>
/// When PostgreSQL or PostGIS is not installed, <see cref="GetAsync"/> skips the calling test with a message that
/// says what to install, except under continuous integration (environment variable <c>CI=true</c>), where it fails
/// the test: PostGIS tests never skip silently in CI. A cluster that is installed but does not start always fails.
/// Tests that never call <see cref="GetAsync"/> start nothing.
/// </para>
/// <para>Thread-safety: <see cref="GetAsync"/> may be called by tests running in parallel; they share one cluster.</para>
/// </remarks>
public sealed class PostgisFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private TemporaryPostgis? _cluster;
    private string? _unavailable;

    /// <summary>Whether this run is a continuous-integration run (<c>CI=true</c>), where a missing PostGIS fails.</summary>
    public static bool IsContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared cluster, started by the first caller.</summary>
    /// <param name="cancellationToken">Cancels waiting for the start.</param>
    /// <returns>The running cluster. Do not dispose it: the fixture does at the end of the run.</returns>
    public async Task<TemporaryPostgis> GetAsync(CancellationToken cancellationToken)
    {
        await _startLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cluster is null && _unavailable is null)
            {
                if (TemporaryPostgis.TryFindInstallation(out _, out var problem))
                {
                    _cluster = await TemporaryPostgis.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    _unavailable = problem;
                }
            }
        }
        finally
        {
            _startLock.Release();
        }

        if (_cluster is not null)
        {
            return _cluster;
        }

        if (IsContinuousIntegration)
        {
            Assert.Fail($"PostGIS is required in CI (CI=true): {_unavailable}");
        }

        Assert.Skip($"Skipped: this test needs a local PostgreSQL with PostGIS. {_unavailable}");
        return null!; // Unreachable: Assert.Skip throws.
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync().ConfigureAwait(false);
        }

        _startLock.Dispose();
    }
}
