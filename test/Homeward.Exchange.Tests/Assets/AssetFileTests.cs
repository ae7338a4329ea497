using Homeward.Exchange.Assets;
using Homeward.Geo.Overlay;

namespace Homeward.Exchange.Tests.Assets;

public sealed class AssetFileTests
{
    [Fact]
    public void Read_MixedShapes_IdsLabelsAndPopulation()
    {
        var result = AssetFile.Read("""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "W-1", "properties": {"name": "Well by the school", "population": 120},
               "geometry": {"type": "Point", "coordinates": [46.91, 39.91]}},
              {"type": "Feature", "properties": {"id": 7},
               "geometry": {"type": "LineString", "coordinates": [[46.90, 39.90], [46.92, 39.92]]}},
              {"type": "Feature", "properties": {},
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[46.9, 39.9], [46.91, 39.9], [46.91, 39.91], [46.9, 39.9]]]]}}
            ]}
            """);

        Assert.True(result.TryGetValue(out var assets), string.Join("; ", result.Errors));
        Assert.Equal(["W-1", "7", "3"], assets.Select(a => a.Id));
        Assert.Equal(["Well by the school", "7", "3"], assets.Select(a => a.Label));
        Assert.Equal([AssetShape.Point, AssetShape.Line, AssetShape.Polygon], assets.Select(a => a.Shape));
        Assert.Equal(120, assets[0].Population);
        Assert.Equal(4326, assets[0].Geometry.SRID);
    }

    [Theory]
    [InlineData("""{"type": "Feature"}""", "the file, field 'type'")]
    [InlineData("""{"type": "FeatureCollection", "features": []}""", "the file, field 'features'")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}""", "feature 1, field 'geometry'")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"population": -3}, "geometry": {"type": "Point", "coordinates": [46.9, 39.9]}}]}""", "feature 1, field 'population'")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [39.9, 146.9]}}]}""", "feature 1, field 'geometry': the coordinate is not a longitude and latitude")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [46.9, 39.9]}]}}]}""", "feature 1, field 'geometry': an asset is a point, line or polygon")]
    public void Read_Refused_NamesTheFeatureAndField(string json, string expected)
    {
        var result = AssetFile.Read(json);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateIds_Refused()
    {
        var result = AssetFile.Read("""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "A", "geometry": {"type": "Point", "coordinates": [46.9, 39.9]}},
              {"type": "Feature", "id": "A", "geometry": {"type": "Point", "coordinates": [46.8, 39.9]}}
            ]}
            """);

        Assert.Equal("feature 2, field 'id': the id 'A' is also feature 1's; ids are unique.", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Read_SelfIntersectingPolygon_RefusedWithThePlace()
    {
        var result = AssetFile.Read("""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[46.9, 39.9], [46.91, 39.91], [46.91, 39.9], [46.9, 39.91], [46.9, 39.9]]]}}
            ]}
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(46.905, error.Location!.Value.Longitude, 1e-9);
        Assert.Equal(39.905, error.Location.Value.Latitude, 1e-9);
    }
}
