using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Homeward.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster with PostGIS for tests: <c>initdb</c> into a temporary folder, started with
/// <c>pg_ctl</c> on a Unix socket only (no TCP listener), stopped and deleted when disposed.
/// </summary>
/// <remarks>
/// <para>
/// Looks for the server programs under <c>/usr/lib/postgresql/N/bin</c> (15 or newer, newest first; Debian's
/// <c>postgresql-15</c> and <c>postgresql-15-postgis-3</c>). Run as root, the cluster is created and run as the
/// <c>postgres</c> operating-system user through <c>runuser</c>, since PostgreSQL refuses to run as root.
/// </para>
/// <para>
/// The cluster trusts local connections as the <c>postgres</c> role and trades durability for speed
/// (<c>fsync=off</c>): it is for tests only. PostGIS is created in <c>template1</c> and <c>postgres</c>, so every
/// database made by <see cref="CreateDatabaseAsync"/> has it.
/// </para>
/// <para>Thread-safety: all members may be called from several threads; databases are created one at a time.</para>
/// </remarks>
public sealed partial class TemporaryPostgis : IAsyncDisposable
{
    private const string PostgresUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _binDirectory;
    private readonly string _folder;
    private readonly int _port;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private int _disposed;

    private TemporaryPostgis(string binDirectory, string folder, int port)
    {
        _binDirectory = binDirectory;
        _folder = folder;
        _port = port;
        ConnectionString = ConnectionStringFor("postgres");
    }

    /// <summary>The connection string of the cluster's <c>postgres</c> database (Npgsql form, Unix socket).</summary>
    public string ConnectionString { get; }

    /// <summary>The folder that holds the cluster's data, socket and log.</summary>
    public string Folder => _folder;

    private string DataDirectory => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "postgres.log");

    private static bool RunsAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>Finds the PostgreSQL server programs and the PostGIS extension on this machine.</summary>
    /// <param name="binDirectory">The folder that holds <c>initdb</c> and <c>pg_ctl</c>, when found.</param>
    /// <param name="problem">What is missing and how to install it, when not found.</param>
    /// <returns><see langword="true"/> if a PostgreSQL 15+ with PostGIS is installed.</returns>
    public static bool TryFindInstallation([NotNullWhen(true)] out string? binDirectory, [NotNullWhen(false)] out string? problem)
    {
        binDirectory = null;
        const string root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Path: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => d.Version >= 15 && File.Exists(Path.Combine(d.Path, "bin", "initdb")) && File.Exists(Path.Combine(d.Path, "bin", "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .ToList()
            : [];
        if (versions.Count == 0)
        {
            problem = $"PostgreSQL 15 or newer was not found under {root}/N/bin (install the Debian package postgresql-15-postgis-3).";
            return false;
        }

        foreach (var (path, version) in versions)
        {
            var control = Path.Combine("/usr/share/postgresql", version.ToString(CultureInfo.InvariantCulture), "extension", "postgis.control");
            if (File.Exists(control))
            {
                binDirectory = Path.Combine(path, "bin");
                problem = null;
                return true;
            }
        }

        problem = $"PostgreSQL {versions[0].Version} is installed but PostGIS is not (install the Debian package postgresql-{versions[0].Version}-postgis-3).";
        return false;
    }

    /// <summary>Creates, starts and prepares a new cluster.</summary>
    /// <param name="cancellationToken">Cancels the start; a half-started cluster is removed.</param>
    /// <returns>The running cluster; dispose it to stop and delete it.</returns>
    /// <exception cref="InvalidOperationException">PostgreSQL or PostGIS is not installed, or the cluster did not start
    /// (the message holds the end of the server log).</exception>
    public static async Task<TemporaryPostgis> StartAsync(CancellationToken cancellationToken)
    {
        if (!TryFindInstallation(out var binDirectory, out var problem))
        {
            throw new InvalidOperationException(problem);
        }

        var folder = Path.Combine(Path.GetTempPath(), "homeward-postgis-" + Guid.NewGuid().ToString("N"));
        var cluster = new TemporaryPostgis(binDirectory, folder, FreePort());
        try
        {
            await cluster.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates an empty database with PostGIS.</summary>
    /// <param name="name">The database name: lower-case letters, digits and underscores, starting with a letter,
    /// at most 63 characters. Each test should use a name of its own.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The new database's connection string.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain identifier.</exception>
    /// <exception cref="PostgresException">The database exists already.</exception>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!PlainIdentifier().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain lower-case identifier of at most 63 characters.", nameof(name));
        }

        // CREATE DATABASE copies template1, and two copies of it cannot run at the same time.
        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(ConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _createLock.Release();
        }

        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server (immediate shutdown) and deletes its folder.</summary>
    /// <returns>A task that completes when the cluster is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A server process may still be closing files; the system cleans its temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above, for files the server still owns.
        }

        _createLock.Dispose();
    }

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = _folder,
        Port = _port,
        Username = PostgresUser,
        Database = database,
        // No pool keeps a connection to a dropped database or a stopped cluster.
        Pooling = false,
    }.ConnectionString;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // The folder belongs to the user the server runs as; initdb creates the data folder inside it.
        await RunAsync("mkdir", ["-m", "700", _folder], cancellationToken).ConfigureAwait(false);
        await RunAsync(
            "initdb",
            ["-D", DataDirectory, "-U", PostgresUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"],
            cancellationToken).ConfigureAwait(false);

        // No TCP listener: the port only names the socket file in our own folder, so parallel clusters never clash.
        var options = string.Join(
            ' ',
            $"-p {_port.ToString(CultureInfo.InvariantCulture)}",
            $"-k {_folder}",
            "-c listen_addresses=''",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=50",
            "-c shared_buffers=64MB");
        try
        {
            await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "-t", "60", "start"], cancellationToken)
                .ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}Server log:{Environment.NewLine}{LogTail()}", e);
        }

        await ExecuteAsync(ConnectionStringFor("template1"), "CREATE EXTENSION postgis", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(ConnectionString, "CREATE EXTENSION postgis", cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = program is "mkdir" ? program : Path.Combine(_binDirectory, program);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (RunsAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", PostgresUser, "--", path])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = path;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = new StringBuilder().Append(await output.ConfigureAwait(false)).Append(await error.ConfigureAwait(false)).ToString();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with code {process.ExitCode}: {text.Trim()}");
        }
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - 20)));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();
}
