using System.Text;
using Homeward.Exchange.Odk;

namespace Homeward.Exchange.Tests.Odk;

/// <summary>Malformed exports and geometries: each ends in a clear error or a correct read, never an exception.</summary>
public sealed class SubmissionReaderFuzzTests
{
    private const string Good = "meta-instanceID,homeward_form,device_category,device_location-Latitude,device_location-Longitude\n"
        + "uuid:1,device-finding,ap-mine,40.01,46.95\nuuid:2,device-finding,uxo,40.02,46.96\n";

    public static TheoryData<string, byte[], string> Broken => new()
    {
        { "empty.csv", [], "is empty" },
        { "blank.csv", "\n\n  \n"u8.ToArray(), "is empty" },
        { "header-only.csv", "meta-instanceID,device_category\n"u8.ToArray(), "no submissions" },
        { "truncated.csv", Encoding.UTF8.GetBytes(Good[..^20]), "field(s) where the header has" },
        { "open-quote.csv", "meta-instanceID,notes\nuuid:1,\"never closed\n"u8.ToArray(), "never closed" },
        { "not-utf8.csv", [.. "meta-instanceID,name\nuuid:1,"u8.ToArray(), 0xC3, 0x28, (byte)'\n'], "not UTF-8" },
        { "no-id.csv", "a,b\n1,2\n"u8.ToArray(), "no instance ID column" },
        { "duplicate.csv", "meta-instanceID,a\nuuid:1,x\nuuid:1,y\n"u8.ToArray(), "repeated" },
        { "truncated.json", "{\"value\":[{\"__id\":\"uuid:1\",\"a\":"u8.ToArray(), "not valid JSON" },
        { "wrong-shape.json", "{\"rows\":[]}"u8.ToArray(), "expected ODK Central's OData JSON" },
        { "no-id.json", "{\"value\":[{\"a\":1}]}"u8.ToArray(), "missing" },
        { "not-object.json", "{\"value\":[1,2]}"u8.ToArray(), "not a JSON object" },
        { "bad-geojson.json", "{\"value\":[{\"__id\":\"uuid:1\",\"p\":{\"type\":\"Point\",\"coordinates\":[\"a\",1]}}]}"u8.ToArray(), "not a GeoJSON" },
        { "deep.json", Encoding.UTF8.GetBytes("{\"value\":[" + new string('[', 200) + new string(']', 200) + "]}"), "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Read_BrokenExport_IsRefusedWithAClearMessage(string name, byte[] content, string expected)
    {
        var result = SubmissionReader.Read(new SubmissionFiles(name, new Dictionary<string, byte[]> { [name] = content }));

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Submissions);
    }

    [Fact]
    public void Read_KoboSemicolonCsv_ReadsPathsAndFullGeopoint()
    {
        var csv = "start;end;homeward_form;group_x/device_category;device_location;_device_location_latitude;_device_location_longitude;_uuid;_submitted_by\n"
            + "2024-05-13;2024-05-13;device-finding;uxo;40.02 46.96 1200 5;40.02;46.96;5a1c;kobo_user\n";

        var result = SubmissionReader.Read(new SubmissionFiles("export.csv", new Dictionary<string, byte[]> { ["export.csv"] = Encoding.UTF8.GetBytes(csv) }));

        Assert.True(result.Success, result.Error);
        Assert.Equal("kobo-csv", result.Source);
        var s = Assert.Single(result.Submissions);
        Assert.Equal(("uuid:5a1c", "uxo", "40.02 46.96 1200 5", "kobo_user"), (s.InstanceId, s.Record["device_category"], s.Record["device_location"], s.Submitter));
    }

    [Theory]
    [InlineData("geopoint", "91 200 0 0", "latitude 91")]
    [InlineData("geopoint", "40.0 200 0 0", "longitude 200")]
    [InlineData("geopoint", "NaN 46.9 0 0", "not a finite number")]
    [InlineData("geopoint", "40.0 Infinity", "not a finite number")]
    [InlineData("geopoint", "40.0", "is not 'latitude longitude")]
    [InlineData("geopoint", "40,1 46,9 0 0", "not a finite number")] // a decimal comma is refused, not misread
    [InlineData("geopoint", "40 46;41 47", "one point")]
    [InlineData("geotrace", "40 46 0 0", "at least 2 points")]
    [InlineData("geoshape", "40 46 0 0;40.1 46 0 0;40.1 46.1 0 0", "must end where it starts")]
    [InlineData("geoshape", "40 46 0 0;40.1 46 0 0;40 46 0 0", "at least 3 distinct points")]
    [InlineData("geoshape", "40 46 0 0;40.1 46 0 0;x 46.1 0 0;40 46 0 0", "point 3")]
    public void TryParse_BadGeometry_SaysWhy(string type, string text, string expected)
    {
        var error = OdkGeometry.TryParse(type, text, out var geometry, out _);

        Assert.Null(geometry);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("geopoint", "39.7601 46.7505 1380 4.8", "POINT (46.7505 39.7601)", 4.8)]
    [InlineData("geotrace", "39.76 46.75 0 5;39.77 46.76 0 7;", "LINESTRING (46.75 39.76, 46.76 39.77)", 7)]
    [InlineData("geoshape", "40 46 0 0;40 46.1 0 0;40.1 46.1 0 0;40 46 0 0", "POLYGON ((46 40, 46.1 40, 46.1 40.1, 46 40))", 0)]
    public void TryParse_OdkText_IsLatitudeFirst(string type, string text, string wkt, double accuracy)
    {
        var error = OdkGeometry.TryParse(type, text, out var geometry, out var worst);

        Assert.Null(error);
        Homeward.Testing.GeometryAssert.EqualNormalized(wkt, geometry);
        Assert.Equal(accuracy, worst);
    }

    [Fact]
    public void Read_RandomlyCutExports_NeverThrow()
    {
        var random = new Random(20240513);
        var json = "{\"value\":[{\"__id\":\"uuid:1\",\"homeward_form\":\"device-finding\",\"g\":{\"x\":{\"type\":\"Point\",\"coordinates\":[46.9,40.0]}},"
            + "\"r\":[{\"a\":\"b\"}],\"meta\":{\"instanceID\":\"uuid:1\"}}]}";
        foreach (var (name, text) in new[] { ("f.csv", Good), ("f.json", json) })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            for (var i = 0; i < 300; i++)
            {
                var cut = bytes[..random.Next(bytes.Length + 1)].ToArray();
                if (cut.Length > 0 && random.Next(3) == 0)
                {
                    cut[random.Next(cut.Length)] = (byte)random.Next(256);
                }

                var result = SubmissionReader.Read(new SubmissionFiles(name, new Dictionary<string, byte[]> { [name] = cut }));

                Assert.True(result.Success ? result.Submissions.Count > 0 : result.Error!.Length > 0);
            }
        }
    }
}
