using System.Buffers.Binary;
using Homeward.Geo.GeoPackage;
using Homeward.Storage.GeoPackage.Internal;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Homeward.Storage.GeoPackage.Tests.Internal;

public sealed class SpatialFunctionsTests
{
    [Fact]
    public void Register_BlobWithoutEnvelope_DecodeTheWkb()
    {
        // A big-endian header without an envelope, as other writers may produce: flags 0, SRID 4326, then WKB.
        var wkb = new WKBWriter(ByteOrder.BigEndian).Write(new WKTReader().Read("POLYGON ((46.9 40, 47.1 40, 47.1 40.2, 46.9 40))"));
        var blob = new byte[8 + wkb.Length];
        "GP"u8.CopyTo(blob);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), 4326);
        wkb.CopyTo(blob, 8);

        var row = Select(blob);

        Assert.Equal((0L, 46.9, 47.1, 40.0, 40.2), row);
    }

    [Fact]
    public void Register_BlobWithEnvelope_ReadTheHeader()
    {
        var blob = GeoPackageGeometryBlob.Write(new WKTReader().Read("POLYGON ((46.9 40, 47.1 40, 47.1 40.2, 46.9 40))"), StoreGeometry.Srid);

        var row = Select(blob);

        Assert.Equal((0L, 46.9, 47.1, 40.0, 40.2), row);
    }

    [Fact]
    public void Register_EmptyOrNullBlob_IsEmptyAndHasNoBounds()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ST_IsEmpty(@g), ST_MinX(@g), ST_MinX(NULL), ST_IsEmpty(NULL)";
        command.Parameters.AddWithValue("@g", GeoPackageGeometryBlob.Write(StoreGeometry.Factory.CreatePoint(), StoreGeometry.Srid));

        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal((1L, true, true, true), (reader.GetInt64(0), reader.IsDBNull(1), reader.IsDBNull(2), reader.IsDBNull(3)));
    }

    private static (long IsEmpty, double MinX, double MaxX, double MinY, double MaxY) Select(byte[] blob)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ST_IsEmpty(@g), ST_MinX(@g), ST_MaxX(@g), ST_MinY(@g), ST_MaxY(@g)";
        command.Parameters.AddWithValue("@g", blob);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        SpatialFunctions.Register(connection);
        connection.Open();
        return connection;
    }
}
