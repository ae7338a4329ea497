using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>A GeoPackage file of one test, in its own temporary folder, deleted with its WAL files afterwards.</summary>
internal sealed class TempGeoPackage : IDisposable
{
    private readonly string _folder;

    public TempGeoPackage()
    {
        _folder = Path.Combine(Path.GetTempPath(), "homeward-gpkg-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "store.gpkg");
    }

    public string FilePath { get; }

    public static GeoPackageStoreOptions Create { get; } = new() { CreateIfMissing = true };

    public Task<GeoPackageStore> OpenAsync(GeoPackageStoreOptions? options = null) =>
        GeoPackageStore.OpenAsync(FilePath, options ?? Create, TestContext.Current.CancellationToken);

    /// <summary>A plain connection to the file, for checks below the store's API.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left for the system's temp cleaner.
        }
    }
}
