using System.Text.Json;
using Homeward.Records.Output;

namespace Homeward.Records.Tests.Output;

public sealed class MinefieldGeoJsonTests
{
    private static readonly JsonElement Collection = JsonDocument.Parse(MinefieldGeoJson.Write(SampleRecords.Digitize(SampleRecords.Example3))).RootElement;

    [Fact]
    public void Write_Example3_HasThePerimeterRowsAndPointsAsTheIssueAsks()
    {
        var features = Collection.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("FeatureCollection", Collection.GetProperty("type").GetString());
        Assert.Equal(["Polygon", "Polygon", "LineString", "LineString"],
            features.Take(4).Select(f => f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.Equal("perimeter", features[0].GetProperty("properties").GetProperty("layer").GetString());
        var points = features.Where(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point").ToList();
        Assert.Equal(7 + 2 + 41 + 30, points.Count);
        Assert.All(points, p => Assert.True(p.GetProperty("properties").GetProperty("radialErrorMetres").GetDouble() > 10));
        var a = points.Single(p => p.GetProperty("properties").GetProperty("id").GetString() == "A");
        Assert.Equal(46.9332208, a.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 1.5e-7);
        Assert.Equal(39.9883115, a.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), 1.5e-7);
    }

    [Fact]
    public void Write_Example3_PutsMisclosureAndFlagsInTheCollectionProperties()
    {
        var properties = Collection.GetProperty("properties");

        Assert.Equal(0.640, properties.GetProperty("misclosureMetres").GetDouble(), 0.0005);
        Assert.Equal("F05", Assert.Single(properties.GetProperty("flags").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("EPSG:15865", properties.GetProperty("datumTransformation").GetString());
        Assert.Equal("IGRF-14", properties.GetProperty("geomagneticModel").GetString());
    }

    [Fact]
    public void Write_Utm_NamesTheCrsAndWritesMetres()
    {
        var utm = JsonDocument.Parse(MinefieldGeoJson.Write(SampleRecords.Digitize(SampleRecords.Example3), utm: true)).RootElement;

        Assert.Equal("urn:ogc:def:crs:EPSG::32638", utm.GetProperty("crs").GetProperty("properties").GetProperty("name").GetString());
        var first = utm.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0][0];
        Assert.InRange(first[0].GetDouble(), 665_000, 665_300);
    }

    [Fact]
    public void Write_PolygonRings_AreCounterClockwiseAsRfc7946Asks()
    {
        var ring = Collection.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray()
            .Select(c => new NetTopologySuite.Geometries.Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray();

        Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(ring));
    }
}
