using Npgsql;

namespace Homeward.Storage.PostGis.Tests;

public sealed class PostGisConnectionTests
{
    [Theory]
    [InlineData("postgres://db1/homeward", true)]
    [InlineData("postgresql://u:p@db1:5433/homeward?sslmode=require", true)]
    [InlineData("Host=db1;Database=homeward", true)]
    [InlineData("homeward.gpkg", false)]
    [InlineData("data/centre.gpkg", false)]
    // A file name with '=' in it is not a connection string: "a" is no Npgsql keyword.
    [InlineData("a=b.gpkg", false)]
    // A connection string without a host names no server.
    [InlineData("Database=homeward", false)]
    public void IsConnectionString_Value_SaysWhetherItNamesAServer(string value, bool expected) =>
        Assert.Equal(expected, PostGisConnection.IsConnectionString(value));

    [Fact]
    public void ToNpgsql_UriWithEverything_GivesTheSameSettings()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostGisConnection.ToNpgsql(
            "postgresql://officer:p%40ss@db1:5433,db2:5434/homeward?sslmode=verify-full&application_name=hq&target_session_attrs=read-write&Maximum%20Pool%20Size=7"));

        Assert.Equal(("officer", "p@ss", "db1:5433,db2:5434", "homeward"), (builder.Username, builder.Password, builder.Host, builder.Database));
        Assert.Equal((SslMode.VerifyFull, "hq", "read-write", 7), (builder.SslMode, builder.ApplicationName, builder.TargetSessionAttributes, builder.MaxPoolSize));
    }

    [Fact]
    public void ToNpgsql_UriWithASocketFolder_UsesItAsTheHost()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostGisConnection.ToNpgsql("postgres://homeward@/centre?host=/var/run/postgresql&port=5433"));

        Assert.Equal(("/var/run/postgresql", 5433, "centre", "homeward"), (builder.Host, builder.Port, builder.Database, builder.Username));
    }

    [Theory]
    [InlineData("postgres://u:secret@db1:5433/homeward", "postgres://db1:5433/homeward")]
    [InlineData("Host=db1;Username=u;Password=secret;Database=homeward", "postgres://db1:5432/homeward")]
    public void Describe_ConnectionString_NamesServerAndDatabaseWithoutThePassword(string value, string expected) =>
        Assert.Equal(expected, PostGisConnection.Describe(value));
}
