using System.Buffers.Binary;
using Homeward.Geo.GeoPackage;

namespace Homeward.Geo.Tests.GeoPackage;

public sealed partial class GeoPackageGeometryBlobTests
{
    [Theory]
    [InlineData("", "shorter than the fixed header")]
    [InlineData("47500003E610", "shorter than the fixed header")]
    [InlineData("0101000000000000000000F03F0000000000000040", "plain WKB, no GP header")]
    [InlineData("47500023E6100000010300000000000000", "extended GeoPackage geometry (flag bit 5)")]
    [InlineData("4750000BE6100000010300000000000000", "envelope indicator 5")]
    [InlineData("47500003E6100000", "XY envelope announced, none there")]
    [InlineData("47500001E6100000", "no WKB")]
    [InlineData("47500001E61000000701000000", "WKB byte order 7")]
    [InlineData("47500001E61000000108000000", "circular string: not a simple feature")]
    [InlineData("47500001E6100000010D0F0000", "type 3853: beyond ZM")]
    [InlineData("47500001E6100000010300000001000000FFFFFFFF", "a ring of 4,294,967,295 points in a few bytes")]
    [InlineData("47500001E61000000103000000FFFFFF7F", "2,147,483,647 rings in no bytes")]
    [InlineData("47500001E6100000010400000001000000010200000000000000", "a multipoint holding a line string")]
    [InlineData("47500001E6100000010300000001000000030000000000000000000000000000000000000000000000000000F03F00000000000000000000000000000000"
        + "000000000000F03F", "a ring of three points, not closed")]
    public void Read_MalformedBlob_ThrowsFormatException(string hex, string what)
    {
        var blob = Convert.FromHexString(hex);

        var ex = Assert.Throws<FormatException>(() => GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message), what);
    }

    [Fact]
    public void Read_DeeplyNestedCollections_ThrowsFormatException()
    {
        // 10,000 geometry collections, each holding the next: refused, not followed into a stack overflow.
        var blob = new List<byte>([.. "GP"u8, 0, 1, 0xE6, 0x10, 0, 0]);
        for (var i = 0; i < 10_000; i++)
        {
            blob.AddRange([1, 7, 0, 0, 0, 1, 0, 0, 0]);
        }

        blob.AddRange([1, 7, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Throws<FormatException>(() => GeoPackageGeometryBlob.Read(blob.ToArray(), GeometryServices.Wgs84));
    }

    [Fact]
    public void Read_EveryTruncationOfGdalBlobs_ThrowsFormatException()
    {
        foreach (var (wkt, hex) in Gdal)
        {
            var blob = Convert.FromHexString(hex);
            for (var length = 0; length < blob.Length; length++)
            {
                var truncated = blob[..length];
                var ex = Record.Exception(() => GeoPackageGeometryBlob.Read(truncated, GeometryServices.Wgs84));
                Assert.True(ex is FormatException, $"{wkt} cut at {length} bytes: {ex?.GetType().Name ?? "no exception"}");
            }
        }
    }

    [Fact]
    public void Read_RandomByteFlipsOfGdalBlobs_GeometryOrFormatException()
    {
        var random = new Random(20_240_617);
        foreach (var (wkt, hex) in Gdal)
        {
            for (var attempt = 0; attempt < 300; attempt++)
            {
                var blob = Convert.FromHexString(hex);
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    blob[random.Next(blob.Length)] ^= (byte)random.Next(1, 256);
                }

                var ex = Record.Exception(() => GeoPackageGeometryBlob.Read(blob, GeometryServices.Wgs84));
                Assert.True(ex is null or FormatException, $"{wkt}, flipped to {Convert.ToHexString(blob)}: {ex}");
            }
        }
    }

    [Fact]
    public void ReadHeader_NotAGeoPackageBlob_ThrowsFormatException()
    {
        var wkb = new byte[21];
        wkb[0] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(wkb.AsSpan(1), 1);

        Assert.Throws<FormatException>(() => GeoPackageGeometryBlob.ReadHeader(wkb));
    }
}
