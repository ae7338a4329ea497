using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

public sealed partial class ImporterTests
{
    private static async Task<string> WriteAsync(TemporaryFolder folder, string name, string text)
    {
        var path = folder.File(name);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    [Fact]
    public async Task RunAsync_YamlMapping_ColumnsValuesDefaultsAndCrs()
    {
        using var folder = new TemporaryFolder();
        var csv = await WriteAsync(folder, "utm.csv", """
            ID;NAZVANIE;TIP;SHAPE_UTM;REMARK
            A-1;"Поле; у реки";AP mines;POLYGON ((662000 4418000, 662500 4418000, 662500 4418400, 662000 4418000));x
            A-2;Second;battle;POLYGON ((663000 4418000, 663500 4418000, 663500 4418400, 663000 4418000));y
            """);
        Assert.True(ImportMappingFile.TryParse("""
            source: operator-x
            crs: EPSG:32638
            idColumn: ID
            geometry: { wkt: SHAPE_UTM }
            columns:
              NAZVANIE: name
              TIP: hazardType
              REMARK: ""
            values:
              hazardType:
                "ap MINES": minefield-ap
                battle: battle-area
            defaults:
              areaClass: cha
            """, json: false, out var mapping, out var error), error);

        var (result, _) = await ImportSamples.ImportAsync(csv, ObjectKind.HazardousArea, mapping);

        Assert.True(result.IsClean, ImportSamples.Describe(result));
        Assert.Equal(["A-1", "A-2"], result.Items.Select(i => i.ItemRef));
        var first = JsonNode.Parse(result.Items[0].AttributesJson)!;
        Assert.Equal("Поле; у реки", first["name"]!.GetValue<string>());
        Assert.Equal("minefield-ap", first["hazardType"]!.GetValue<string>());
        Assert.Equal("cha", first["areaClass"]!.GetValue<string>());
        Assert.Equal("battle-area", JsonNode.Parse(result.Items[1].AttributesJson)!["hazardType"]!.GetValue<string>());
        Assert.Equal(32638, result.SourceSrid);
        // 662 000 E in UTM 38N is 162 km east of 45°E, about 46.9°E; 4 418 000 N is about 39.9°N.
        Assert.InRange(result.Items[0].Geometry!.Coordinate.X, 46.85, 46.95);
        Assert.InRange(result.Items[0].Geometry!.Coordinate.Y, 39.85, 39.95);
        Assert.Equal(["REMARK"], result.UnmappedColumns);
    }

    [Fact]
    public async Task RunAsync_CsvDevicesInGaussKruger_TransformedAndMapped()
    {
        using var folder = new TemporaryFolder();
        var csv = await WriteAsync(folder, "devices.csv", """
            ID,CAT,QTY,DATE,EASTING,NORTHING
            d1,AP,2,03.05.2021,8662000,4418000
            """);
        var mapping = new ImportMapping
        {
            Crs = "EPSG:28408",
            IdColumn = "ID",
            Columns = new() { ["CAT"] = "category", ["QTY"] = "quantity", ["DATE"] = "foundOn" },
            Values = new() { ["category"] = new() { ["AP"] = "ap-mine" } },
        };

        var (result, _) = await ImportSamples.ImportAsync(csv, ObjectKind.DeviceFinding, mapping);

        Assert.True(result.IsClean, ImportSamples.Describe(result));
        var item = Assert.Single(result.Items);
        Assert.Equal("d1", item.ItemRef);
        var attributes = JsonNode.Parse(item.AttributesJson)!;
        Assert.Equal("ap-mine", attributes["category"]!.GetValue<string>());
        Assert.Equal("2021-05-03", attributes["foundOn"]!.GetValue<string>());
        // 8 662 000 E in zone 8 is 162 km east of 45°E, about 46.9°E; 4 418 000 N is about 39.9°N.
        Assert.InRange(item.Geometry!.Coordinate.X, 46.85, 46.95);
        Assert.InRange(item.Geometry.Coordinate.Y, 39.85, 39.95);
    }

    [Theory]
    [InlineData("category,quantity,found_on,lon,lat\nap-mnie,1,2021-05-03,46.9,39.9", "found_on", null)]
    [InlineData("category,quantity,found_on,lon,lat\nap-mnie,1,2021-05-03,46.9,39.9", "category", "did you mean 'ap-mine'")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2031-05-03,46.9,39.9", "found_on", "in the future")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,1985-05-03,46.9,39.9", "found_on", "before 1990")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,many,2021-05-03,46.9,39.9", "quantity", "not a whole number")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,39.9,46.9", "lon/lat", "appear swapped")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,12.5,41.9", "lon/lat", "outside the deployment region")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,NaN,39.9", "lon/lat", "not a finite number")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,662000,4418000", "lon/lat", "projected grid")]
    [InlineData("category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,46.9,39.9\nuxo,1,2021-05-03,46.9,39.9", "lon/lat", "same geometry as item 'r1'")]
    public async Task RunAsync_BadRecord_NamesRowFieldAndWhy(string csv, string field, string? message)
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "bad.csv", csv);

        var (result, _) = await ImportSamples.ImportAsync(path, ObjectKind.DeviceFinding);

        if (message is null)
        {
            Assert.DoesNotContain(result.Problems, p => p.Field == field);
            return;
        }

        var problem = Assert.Single(result.Problems, p => p.Field == field);
        Assert.StartsWith("row ", problem.Record, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Items, i => i.ItemRef == $"r{result.RecordsRead}");
    }

    [Fact]
    public async Task RunAsync_ActivityEndingBeforeItStarts_Refused()
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "activities.csv", "activity_type,organisation,started_on,ended_on,lon,lat\nts,#org,2022-05-10,2022-05-01,46.9,39.9\n");

        var (result, _) = await ImportSamples.ImportAsync(path, ObjectKind.Activity);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("endedOn", problem.Field);
        Assert.Contains("ends before it starts", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownReference_Refused()
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "activities.csv", "activity_type,organisation,started_on,lon,lat\nts,ORG-999999,2022-05-10,46.9,39.9\n");

        var (result, _) = await ImportSamples.ImportAsync(path, ObjectKind.Activity);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation", problem.Field);
        Assert.Equal("ORG-999999", problem.Value);
    }

    [Fact]
    public async Task RunAsync_MappingNamesUnknownField_FatalWithTheFields()
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "d.csv", "a,lon,lat\n1,46.9,39.9\n");

        var (result, _) = await ImportSamples.ImportAsync(path, ObjectKind.DeviceFinding, new ImportMapping { Columns = new() { ["a"] = "calibre" } });

        Assert.NotNull(result.FatalError);
        Assert.Contains("calibre", result.FatalError.Message, StringComparison.Ordinal);
        Assert.Contains("category", result.FatalError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownPrj_FatalSaysWhatToDo()
    {
        using var folder = new TemporaryFolder();
        var source = await WriteAsync(folder, "source.geojson", ImportSamples.Hazards);
        await Ogr.ConvertAsync("-f", "ESRI Shapefile", folder.File("merc.shp"), source, "-t_srs", "EPSG:3857");

        var (result, _) = await ImportSamples.ImportAsync(folder.File("merc.shp"), ObjectKind.HazardousArea);

        Assert.NotNull(result.FatalError);
        Assert.Contains("not one Homeward knows", result.FatalError.Message, StringComparison.Ordinal);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void MappingFile_JsonAndYaml_ReadTheSame()
    {
        Assert.True(ImportMappingFile.TryParse("""{"crs": "EPSG:32638", "columns": {"A": "name"}, "values": {"hazardType": {"x": "ied"}}, "defaults": {"priority": "2"}}""",
            json: true, out var fromJson, out var e1), e1);
        Assert.True(ImportMappingFile.TryParse(ImportMappingFile.Write(fromJson!, json: false), json: false, out var fromYaml, out var e2), e2);

        Assert.Equal("EPSG:32638", fromYaml!.Crs);
        Assert.Equal("name", fromYaml.Columns["A"]);
        Assert.Equal("ied", fromYaml.Values["hazardType"]["x"]);
        Assert.Equal("2", fromYaml.Defaults["priority"]);
        Assert.False(ImportMappingFile.TryParse("colums: {A: name}", json: false, out _, out var error));
        Assert.Contains("line 1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""PROJCS["WGS_1984_UTM_Zone_38N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",45.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""", 32638)]
    [InlineData("""PROJCS["WGS_1984_UTM_Zone_39N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",51.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""", 32639)]
    [InlineData("""PROJCS["Pulkovo_1942_GK_Zone_9",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",9500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",51.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""", 28409)]
    [InlineData("""GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""", 4326)]
    [InlineData("""PROJCS["Pulkovo_1942_GK_Zone_8",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",45.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""", 0)]
    public void PrjCatalogue_EsriWkt_MatchesByParameters(string wkt, int expected)
    {
        Assert.Equal(expected != 0, PrjCatalogue.TryMatch(wkt, out var srid));
        Assert.Equal(expected, srid);
    }
}
