using System.Buffers.Binary;
using Homeward.Geo.GeoPackage;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Geo.Tests.GeoPackage;

public sealed partial class GeoPackageGeometryBlobTests
{
    private const string Square = "POLYGON ((46.9 40, 47.1 40, 47.1 40.2, 46.9 40))";

    [Theory]
    [InlineData("POINT (46.93512 39.98817)")]
    [InlineData("POINT EMPTY")]
    [InlineData("LINESTRING (0.1 0.2, 1e-300 -179.99999999999997)")]
    [InlineData("LINESTRING EMPTY")]
    [InlineData("POLYGON ((46.95 40.01, 46.9612345678901 40.01, 46.96 40.0187654321, 46.95 40.01), " +
        "(46.952 40.012, 46.953 40.012, 46.952 40.013, 46.952 40.012))")]
    [InlineData("POLYGON EMPTY")]
    [InlineData("MULTIPOINT ((46.9 40), (47 40.1))")]
    [InlineData("MULTIPOINT EMPTY")]
    [InlineData("MULTILINESTRING ((46.9 40, 47 40.1), (47.1 40, 47.2 40.2))")]
    [InlineData("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))")]
    [InlineData("MULTIPOLYGON EMPTY")]
    [InlineData("GEOMETRYCOLLECTION (POINT (1 2), GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1), POLYGON EMPTY))")]
    [InlineData("GEOMETRYCOLLECTION EMPTY")]
    public void Read_WrittenGeometry_IsExactlyTheSame(string wkt)
    {
        var geometry = Wkt.Read(wkt);

        var blob = GeoPackageGeometryBlob.Write(geometry, 32638);
        var read = GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84);

        Assert.Equal(geometry.GeometryType, read.GeometryType);
        Assert.True(geometry.EqualsExact(read), read.AsText());
        Assert.Equal(geometry.IsEmpty, read.IsEmpty);
        Assert.Equal(4326, read.SRID);
        Assert.Same(GeometryServices.Wgs84, read.Factory);
        Assert.Equal(32638, GeoPackageGeometryBlob.ReadHeader(blob).SrsId);
        Assert.Equal(blob.Length, GeoPackageGeometryBlob.GetLength(geometry));
    }

    [Fact]
    public void Write_Geometry_HasAnXyEnvelopeAndTheSrid()
    {
        var blob = GeoPackageGeometryBlob.Write(Wkt.Read(Square), 4326);

        var header = GeoPackageGeometryBlob.ReadHeader(blob);

        Assert.Equal("GP"u8.ToArray(), blob[..2]);
        Assert.Equal((0, 0b0000_0011), (blob[2], blob[3]));
        Assert.Equal((40, false, 4326), (header.Length, header.IsEmpty, header.SrsId));
        Assert.Equal(new Envelope(46.9, 47.1, 40, 40.2), header.Envelope);
    }

    [Fact]
    public void Write_EmptyGeometry_HasTheEmptyFlagAndNoEnvelope()
    {
        var blob = GeoPackageGeometryBlob.Write(GeometryServices.Wgs84.CreatePolygon(), 4326);

        var header = GeoPackageGeometryBlob.ReadHeader(blob);

        // GeoPackage 1.3 table 3: bit 0 little-endian, bits 1-3 envelope indicator (0: none), bit 4 empty.
        Assert.Equal(0b0001_0001, blob[3]);
        Assert.Equal((8, true, (Envelope?)null), (header.Length, header.IsEmpty, header.Envelope));
    }

    [Fact]
    public void Write_EmptyPoint_IsPointNaNNaN()
    {
        var blob = GeoPackageGeometryBlob.Write(GeometryServices.Wgs84.CreatePoint(), 4326);

        // GeoPackage 1.3, clause 2.1.3.1.1: an empty point is encoded with NaN coordinates.
        Assert.Equal(8 + 21, blob.Length);
        Assert.True(double.IsNaN(BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(8 + 5))));
        Assert.True(double.IsNaN(BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(8 + 13))));
    }

    [Fact]
    public void Write_GeometryWithZAndM_WritesTwoDimensions()
    {
        var geometry = Wkt.Read("LINESTRING ZM (46.9 40 812 1, 47 40.1 815 2)");

        var read = GeoPackageGeometryBlob.Read(GeoPackageGeometryBlob.Write(geometry, 4326), GeometryServices.Wgs84);

        Assert.Equal("LINESTRING (46.9 40, 47 40.1)", read.AsText());
        Assert.All(read.Coordinates, c => Assert.True(double.IsNaN(c.Z) && double.IsNaN(c.M)));
    }

    [Fact]
    public void Write_IntoBuffer_WritesTheSameBlobAtTheStart()
    {
        var geometry = Wkt.Read(Square);
        var buffer = new byte[200];
        buffer.AsSpan().Fill(0xAB);

        var length = GeoPackageGeometryBlob.Write(geometry, 4326, buffer);

        Assert.Equal(GeoPackageGeometryBlob.Write(geometry, 4326), buffer[..length]);
        Assert.All(buffer[length..], b => Assert.Equal(0xAB, b));
    }

    [Fact]
    public void Write_BufferTooShort_ThrowsArgumentException()
    {
        var geometry = Wkt.Read(Square);

        Assert.Throws<ArgumentException>(() => GeoPackageGeometryBlob.Write(geometry, 4326, new byte[GeoPackageGeometryBlob.GetLength(geometry) - 1]));
    }

    [Fact]
    public void Read_BigEndianBlobWithoutEnvelope_ReadsHeaderAndGeometry()
    {
        // Flags 0: big-endian header, no envelope, then big-endian WKB from NetTopologySuite's own writer.
        var wkb = new WKBWriter(ByteOrder.BigEndian).Write(Wkt.Read(Square));
        var blob = new byte[8 + wkb.Length];
        "GP"u8.CopyTo(blob);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), 32639);
        wkb.CopyTo(blob, 8);

        var header = GeoPackageGeometryBlob.ReadHeader(blob);
        var read = GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84);

        Assert.Equal((8, false, 32639, (Envelope?)null), (header.Length, header.IsEmpty, header.SrsId, header.Envelope));
        GeometryAssert.EqualExact(Wkt.Read(Square), read);
    }

    [Theory]
    [InlineData(1, 32)] // XY
    [InlineData(2, 48)] // XYZ
    [InlineData(3, 48)] // XYM
    [InlineData(4, 64)] // XYZM
    public void Read_EveryEnvelopeKind_SkipsTheEnvelope(int indicator, int envelopeBytes)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian).Write(Wkt.Read(Square));
        var blob = new byte[8 + envelopeBytes + wkb.Length];
        "GP"u8.CopyTo(blob);
        blob[3] = (byte)(1 | (indicator << 1));
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), 4326);
        double[] bounds = [46.9, 47.1, 40, 40.2, -5, 5, 0, 1];
        for (var i = 0; i < envelopeBytes / 8; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(8 + (8 * i)), bounds[i]);
        }

        wkb.CopyTo(blob, 8 + envelopeBytes);

        var header = GeoPackageGeometryBlob.ReadHeader(blob);

        Assert.Equal((8 + envelopeBytes, new Envelope(46.9, 47.1, 40, 40.2)), (header.Length, header.Envelope));
        GeometryAssert.EqualExact(Wkt.Read(Square), GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84));
    }

    [Theory]
    [InlineData("POINT Z (46.9 40 812.5)", true, false)]
    [InlineData("LINESTRING M (46.9 40 1, 47 40.1 2)", false, true)]
    [InlineData("POLYGON ZM ((0 0 1 5, 1 0 2 6, 1 1 3 7, 0 0 1 5))", true, true)]
    [InlineData("MULTIPOINT Z ((0 0 1), (1 1 2))", true, false)]
    public void Read_ExtendedWkbOfPostgis_KeepsZAndM(string wkt, bool z, bool m)
    {
        // EWKB type codes carry Z and M as flags in the high bits (and an SRID flag, which is ignored here).
        var expected = Wkt.Read(wkt);
        var wkb = new WKBWriter(ByteOrder.BigEndian, handleSRID: true, emitZ: z, emitM: m).Write(expected);
        byte[] blob = [.. "GP"u8, 0, 0, 0, 0, 0x10, 0xE6, .. wkb];

        var read = GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84);

        AssertSameOrdinates(expected, read);
    }

    private static void AssertSameOrdinates(Geometry expected, Geometry actual)
    {
        Assert.Equal(expected.GeometryType, actual.GeometryType);
        Assert.True(expected.EqualsExact(actual), actual.AsText());
        Assert.Equal(expected.Coordinates.Select(c => (c.X, c.Y, c.Z, c.M)), actual.Coordinates.Select(c => (c.X, c.Y, c.Z, c.M)));
    }
}
