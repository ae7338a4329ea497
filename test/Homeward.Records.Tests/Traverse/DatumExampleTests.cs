using Homeward.Geo.Crs;
using Homeward.Records.Consistency;

namespace Homeward.Records.Tests.Traverse;

/// <summary>
/// Spec example 2: SK-42 GK zone 8, X = 4 430 000, Y = 8 665 000, with each transformation Homeward offers. EPSG:5044
/// (Russia only) and EPSG:1254 (Russia, accuracy unknown) are not offered for the region, so their rows are not checked.
/// </summary>
public sealed class DatumExampleTests
{
    [Theory]
    [InlineData(15865, 39.9873477, 46.9305765, 0)]
    [InlineData(1808, 39.9873781, 46.9305930, 3.66)]
    public void Digitize_Example2Landmark_LandsWhereProjPutsItWithEachTransformation(int epsg, double lat, double lon, double shiftMetres)
    {
        Assert.True(DatumTransformation.TryFromEpsgCode(epsg, out var transformation));
        var record = SampleRecords.Read(SampleRecords.Example3);

        var minefield = SampleRecords.Digitize(record, SampleRecords.WithoutDatum with { Transformation = transformation });
        var reference = SampleRecords.Digitize(record, SampleRecords.WithoutDatum);

        var landmark = minefield.Point("L");
        Assert.Equal(lat, landmark.Latitude, 5e-8);
        Assert.Equal(lon, landmark.Longitude, 5e-8);
        Assert.Equal(shiftMetres, Math.Sqrt(Math.Pow(landmark.UtmEast - reference.Point("L").UtmEast, 2)
            + Math.Pow(landmark.UtmNorth - reference.Point("L").UtmNorth, 2)), 0.01);
        Assert.Equal(epsg == 15865 ? 4.5 : 5, transformation.AccuracyMetres);
    }

    [Fact]
    public void Transform_Example2WithoutDatumShift_GivesSk42Degrees102MetresAway()
    {
        var transformer = new CoordinateTransformer();

        var sk42 = transformer.Transform(8_665_000, 4_430_000, 28408, 4284);
        var wgs84 = transformer.Transform(8_665_000, 4_430_000, 28408, 4326);
        var asIfWgs84 = transformer.Transform(sk42.X, sk42.Y, 4326, 32638);
        var right = transformer.Transform(wgs84.X, wgs84.Y, 4326, 32638);

        Assert.Equal(39.9874346, sk42.Y, 5e-8);
        Assert.Equal(46.9317724, sk42.X, 5e-8);
        Assert.Equal(102.60, Math.Sqrt(Math.Pow(asIfWgs84.X - right.X, 2) + Math.Pow(asIfWgs84.Y - right.Y, 2)), 0.05);
        Assert.Equal(664_829.34, right.X, 0.005);
        Assert.Equal(4_428_137.84, right.Y, 0.005);
        Assert.Equal("J-38-10-Б-б", MapSheets.Of(sk42.Y, sk42.X));
    }
}
