using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Forms;

/// <summary><c>homeward import-maxml</c> through the real process: a draft that reviews and approves into linked objects; a bad file stores nothing.</summary>
public sealed class ImportMaXmlCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>A small NG export: a hazard and a clearance on it that found one device. Synthetic data.</summary>
    private static string MaXml(string organisation, string closingLatitude = "40.0100") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <MineActionFieldReport>
          <DocumentHeader><DocumentName>test</DocumentName></DocumentHeader>
          <FieldReport>
            <FieldReportInfo reportGUID="c0a8-1" reportID="DEF-1" fieldReportGUID="c0a8-1-f"><ReportingDate>2021-05-04</ReportingDate></FieldReportInfo>
            <Hazard guid="c0a8-h-1" localId="HAZ-1">
              <AreaClass>SHA</AreaClass><HazardType>minefield-ap</HazardType><Status>Active</Status>
              <GeospatialInfo shapeEnum="Polygon">
                <Point><Number>1</Number><Latitude>40.0100</Latitude><Longitude>46.9500</Longitude></Point>
                <Point><Number>2</Number><Latitude>40.0100</Latitude><Longitude>46.9520</Longitude></Point>
                <Point><Number>3</Number><Latitude>40.0115</Latitude><Longitude>46.9520</Longitude></Point>
                <Point><Number>4</Number><Latitude>40.0115</Latitude><Longitude>46.9500</Longitude></Point>
                <Point><Number>5</Number><Latitude>{closingLatitude}</Latitude><Longitude>46.9500</Longitude></Point>
              </GeospatialInfo>
            </Hazard>
          </FieldReport>
          <FieldReport>
            <FieldReportInfo reportGUID="c0a8-2" reportID="DEF-2" fieldReportGUID="c0a8-2-f"><ReportingDate>2021-05-28</ReportingDate></FieldReportInfo>
            <HazardReduction guid="c0a8-r-1" localId="HR-1">
              <HazardLocalId>HAZ-1</HazardLocalId><Organisation>{organisation}</Organisation>
              <ActivityType>clearance</ActivityType><Method>manual</Method><Status>Completed</Status>
              <StartDate>2021-05-10</StartDate><EndDate>2021-05-27</EndDate>
              <GeospatialInfo shapeEnum="Polygon">
                <Point><Latitude>40.0100</Latitude><Longitude>46.9500</Longitude></Point>
                <Point><Latitude>40.0100</Latitude><Longitude>46.9510</Longitude></Point>
                <Point><Latitude>40.0115</Latitude><Longitude>46.9510</Longitude></Point>
                <Point><Latitude>40.0100</Latitude><Longitude>46.9500</Longitude></Point>
              </GeospatialInfo>
              <DeviceInfo><Category>ap-mine</Category><Point><Latitude>40.0105</Latitude><Longitude>46.9504</Longitude></Point></DeviceInfo>
            </HazardReduction>
          </FieldReport>
        </MineActionFieldReport>
        """;

    [Fact]
    public async Task ImportMaXml_Export_DraftApprovesIntoLinkedObjects_AndABadFileStoresNothing()
    {
        await _cli.RunOkAsync("init");
        var seed = await _cli.SubmitAsync(Report("operator", Feature("o1", null, new()
        {
            ["kind"] = "organisation",
            ["name"] = "Test operator",
            ["organisationType"] = "operator-ngo",
        })));
        var organisation = (await _cli.JsonAsync("report", "approve", seed)).GetProperty("effects")[0].GetProperty("code").GetString()!;
        var before = await _cli.JsonAsync("report", "list");
        var bad = await _cli.WriteFileAsync("open.xml", MaXml(organisation, closingLatitude: "40.0108"));

        var refused = await _cli.RunAsync("import-maxml", bad);
        var afterBad = await _cli.JsonAsync("report", "list");
        var imported = await _cli.JsonAsync("import-maxml", await _cli.WriteFileAsync("export.xml", MaXml(organisation)));
        var code = imported.GetProperty("code").GetString()!;
        await _cli.RunOkAsync("report", "submit", code);
        var approved = await _cli.JsonAsync("report", "approve", code);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("/MineActionFieldReport/FieldReport[1]/Hazard/GeospatialInfo/Point[5], field 'Point'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("the polygon is open", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), afterBad.ToString());
        var kinds = approved.GetProperty("effects").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["activity", "deviceFinding", "hazardousArea", "releasedArea"], kinds);
        var shown = await _cli.JsonAsync("report", "show", code);
        Assert.Contains(shown.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("fileName").GetString() == "export.xml");
    }
}
