using System.Globalization;
using Npgsql;

namespace Homeward.Storage.PostGis;

/// <summary>
/// PostgreSQL connection strings as users give them — a <c>postgres://</c> or <c>postgresql://</c> URI (libpq's form) or an
/// Npgsql <c>Host=…;Database=…</c> string — and the one <see cref="NpgsqlDataSource"/> a process builds from them.
/// </summary>
public static class PostGisConnection
{
    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database rather than a file.</summary>
    /// <param name="value">The value: a URI, a connection string, or a file path.</param>
    /// <returns><see langword="true"/> for a <c>postgres://</c> or <c>postgresql://</c> URI, or a connection string with a host.</returns>
    public static bool IsConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsUri(value))
        {
            return true;
        }

        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            // Not a connection string: a file name with '=' in it.
            return false;
        }
    }

    /// <summary>The Npgsql form of a connection string or URI.</summary>
    /// <param name="value">
    /// A URI <c>postgres://user:password@host:port/database?sslmode=require&amp;schema=...</c> (user, password, port and
    /// parameters optional; several hosts as <c>host1:5432,host2:5432</c>; a Unix socket folder as the <c>host</c> parameter),
    /// or an Npgsql connection string.
    /// </param>
    /// <returns>The Npgsql connection string.</returns>
    /// <exception cref="ArgumentException">The value is not a valid URI or connection string.</exception>
    public static string ToNpgsql(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsUri(value))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }

        var rest = value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = string.Empty;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Uri.UnescapeDataString(rest[(slash + 1)..]) : string.Empty;
        var builder = new NpgsqlConnectionStringBuilder();
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            var colon = user.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user[..colon] : user);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            }
        }

        if (authority.Length > 0)
        {
            // Npgsql takes "host1:5432,host2:5433" as it is; a single host may carry its port the same way.
            builder.Host = Uri.UnescapeDataString(authority);
        }

        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq >= 0 ? pair[..eq] : pair);
            var parameter = Uri.UnescapeDataString(eq >= 0 ? pair[(eq + 1)..] : string.Empty);
            switch (key)
            {
                case "host":
                    builder.Host = parameter;
                    break;
                case "port":
                    builder.Port = int.Parse(parameter, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "user":
                    builder.Username = parameter;
                    break;
                case "password":
                    builder.Password = parameter;
                    break;
                case "dbname":
                    builder.Database = parameter;
                    break;
                case "sslmode":
                    builder.SslMode = Enum.Parse<SslMode>(parameter.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
                    break;
                case "application_name":
                    builder.ApplicationName = parameter;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.Parse(parameter, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "target_session_attrs":
                    builder.TargetSessionAttributes = parameter;
                    break;
                default:
                    // Anything else in Npgsql's own words (for example "Pooling=false" as "pooling=false").
                    builder[key] = parameter;
                    break;
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The server and database a connection string names, without user or password, for messages and logs.</summary>
    /// <param name="value">A URI or connection string.</param>
    /// <returns>For example <c>postgres://db1:5432/homeward</c>.</returns>
    public static string Describe(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ToNpgsql(value));
            var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
            var port = host.Contains(':', StringComparison.Ordinal) || host.StartsWith('/') ? string.Empty : ":" + builder.Port.ToString(CultureInfo.InvariantCulture);
            return $"postgres://{host}{port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL database";
        }
    }

    /// <summary>
    /// Builds the data source a process uses for all its connections (one per process: it holds the connection pool), with
    /// PostGIS's <c>geometry</c> mapped to NetTopologySuite. Writes send two-dimensional geometries; the store reads every
    /// geometry into Homeward's own configured factory (EPSG:4326, OverlayNG).
    /// </summary>
    /// <param name="value">A URI or connection string (see <see cref="ToNpgsql"/>).</param>
    /// <returns>The data source; dispose it when the process no longer needs the database.</returns>
    /// <exception cref="ArgumentException">The value is not a valid URI or connection string.</exception>
    public static NpgsqlDataSource CreateDataSource(string value)
    {
        var connectionString = ToNpgsql(value);
        var builder = new NpgsqlDataSourceBuilder(connectionString);

        // The store sends the same few dozen statements over and over: prepared on each pooled connection, they are parsed
        // and planned once (a third faster demo). PgBouncer in transaction mode before 1.21 needs "Max Auto Prepare=0".
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "homeward";

        // The store keeps no session state (no settings, temporary tables or session locks; its advisory locks end with the
        // transaction, and its prepared statements are meant to stay), so a pooled connection goes back to the pool without
        // a DISCARD ALL round trip.
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.UseNetTopologySuite();
        return builder.Build();
    }

    private static bool IsUri(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
