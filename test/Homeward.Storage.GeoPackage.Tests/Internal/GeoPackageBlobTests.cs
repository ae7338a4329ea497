using System.Buffers.Binary;
using Homeward.Storage.GeoPackage.Internal;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Storage.GeoPackage.Tests.Internal;

public sealed class GeoPackageBlobTests
{
    [Theory]
    [InlineData("POINT (46.93512 39.98817)")]
    [InlineData("POINT EMPTY")]
    [InlineData("POLYGON ((46.95 40.01, 46.9612345678901 40.01, 46.96 40.0187654321, 46.95 40.01), " +
        "(46.952 40.012, 46.953 40.012, 46.952 40.013, 46.952 40.012))")]
    [InlineData("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))")]
    [InlineData("POLYGON EMPTY")]
    [InlineData("LINESTRING (0.1 0.2, 1e-300 -179.99999999999997)")]
    public void Read_WrittenGeometry_IsExactlyTheSame(string wkt)
    {
        var geometry = new WKTReader().Read(wkt);

        var read = GeoPackageBlob.Read(GeoPackageBlob.Write(geometry));

        Assert.Equal(geometry.GeometryType, read.GeometryType);
        Assert.True(geometry.EqualsExact(read), read.AsText());
        Assert.Equal(geometry.IsEmpty, read.IsEmpty);
        Assert.Equal(4326, read.SRID);
        Assert.Same(StoreGeometry.Factory, read.Factory);
    }

    [Fact]
    public void Write_Geometry_HasAnXyEnvelopeAndSrid4326()
    {
        var blob = GeoPackageBlob.Write(new WKTReader().Read("POLYGON ((46.9 40, 47.1 40, 47.1 40.2, 46.9 40))"));

        var header = GeoPackageBlob.ReadHeader(blob);

        Assert.Equal("GP"u8.ToArray(), blob[..2]);
        Assert.Equal((0, 0b0000_0011), (blob[2], blob[3]));
        Assert.Equal((40, false, 4326), (header.Length, header.IsEmpty, header.SrsId));
        Assert.Equal(new Envelope(46.9, 47.1, 40, 40.2), header.Envelope);
    }

    [Fact]
    public void Write_EmptyGeometry_HasTheEmptyFlagAndNoEnvelope()
    {
        var blob = GeoPackageBlob.Write(StoreGeometry.Factory.CreatePolygon());

        var header = GeoPackageBlob.ReadHeader(blob);

        // GeoPackage 1.3 table 3: bit 0 little-endian, bits 1-3 envelope indicator (0: none), bit 4 empty.
        Assert.Equal(0b0001_0001, blob[3]);
        Assert.Equal((8, true, (Envelope?)null), (header.Length, header.IsEmpty, header.Envelope));
    }

    [Fact]
    public void ReadHeader_NotAGeoPackageBlob_ThrowsFormatException()
    {
        var wkb = new WKBWriter().Write(StoreGeometry.Factory.CreatePoint(new Coordinate(1, 2)));

        Assert.Throws<FormatException>(() => GeoPackageBlob.ReadHeader(wkb));
    }

    [Fact]
    public void SpatialFunctions_BlobWithoutEnvelope_DecodeTheWkb()
    {
        // A big-endian header without an envelope, as other writers may produce: flags 0, SRID 4326, then WKB.
        var wkb = new WKBWriter(ByteOrder.BigEndian).Write(new WKTReader().Read("POLYGON ((46.9 40, 47.1 40, 47.1 40.2, 46.9 40))"));
        var blob = new byte[8 + wkb.Length];
        "GP"u8.CopyTo(blob);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), 4326);
        wkb.CopyTo(blob, 8);
        using var connection = new SqliteConnection("Data Source=:memory:");
        SpatialFunctions.Register(connection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ST_IsEmpty(@g), ST_MinX(@g), ST_MaxX(@g), ST_MinY(@g), ST_MaxY(@g), ST_MinX(NULL)";
        command.Parameters.AddWithValue("@g", blob);

        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal((0L, 46.9, 47.1, 40.0, 40.2, true),
            (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.IsDBNull(5)));
        Assert.Equal(4326, GeoPackageBlob.ReadHeader(blob).SrsId);
    }
}
