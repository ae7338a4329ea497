using System.Text;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Exchange.MaXml;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.MaXml;

/// <summary>The sample IMSMA NG export and broken variants of it, read and imported against a small in-memory database.</summary>
public sealed class MaXmlImporterTests
{
    private const string HazardRef = "imsma:HAZ-0147:c0a8-8e7f-16cf2236466-35d67078-2-7a11";
    private const string ReductionRef = "imsma:HR-0311:c0a8-8e7f-16cf2236466-35d67078-4-9c02";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sample { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MaXml", "Data", "imsma-ng-sample.xml"));

    private static async Task<InMemoryStore> StoreAsync()
    {
        var store = new InMemoryStore();
        var objects = new[] { ObjectKind.HazardousArea, ObjectKind.Organisation }.Select(k => SampleObjects.Create(k, 1)).ToList();
        var report = new FieldReport
        {
            Id = Guid.NewGuid(),
            Code = "FR-900001",
            Title = "seed",
            FormType = "test",
            CreatedBy = "test",
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        var changes = objects.Select(o => new ObjectChange(o.Id, o.Kind, o.Code, 0, ChangeKind.Created, o)).ToList();
        Assert.Null(await store.CommitAsync(new Commit(report, 0, changes, "test", DateTimeOffset.UnixEpoch), null, Ct));
        return store;
    }

    private static MaXmlReadResult Read(string xml) => MaXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    private static async Task<MaXmlImportResult> ImportAsync(string xml, bool skip = false)
    {
        var read = Read(xml);
        Assert.True(read.Success, read.Error);
        await using var store = await StoreAsync();
        var version = await store.GetDataVersionAsync(Ct);
        var options = new MaXmlImportOptions
        {
            Validator = GeometryValidator.ForKarabakh(),
            SkipInvalid = skip,
            SourceName = "export.xml",
            OriginalFile = Encoding.UTF8.GetBytes(xml),
        };
        var result = await MaXmlImporter.ImportAsync(read.Reports, store, options, Ct);
        Assert.Equal(version, await store.GetDataVersionAsync(Ct)); // The importer only reads.
        return result;
    }

    private static JsonNode Attributes(FieldReportDraft draft, string itemRef) =>
        JsonNode.Parse(Assert.Single(draft.Items, i => i.ItemRef == itemRef).AttributesJson)!;

    [Fact]
    public async Task Import_Sample_GivesTheHazardReductionsLinkedItemsAndKeepsTheFile()
    {
        var result = await ImportAsync(Sample);

        Assert.True(result.Draft is not null, string.Join("\n", result.Errors));
        var draft = result.Draft;
        Assert.Equal("imsma-maxml", draft.FormType);
        Assert.Equal(new DateOnly(2021, 5, 30), draft.ReportedOn);
        const string reduction2 = "imsma:HR-0312:c0a8-8e7f-16cf2236466-35d67078-6-9c03";
        Assert.Equal([HazardRef, ReductionRef + ".activity", ReductionRef + ".released-1", ReductionRef + ".device-1", reduction2 + ".activity"],
            draft.Items.Select(i => i.ItemRef));

        var hazard = Attributes(draft, HazardRef);
        Assert.Equal(("North orchard (synthetic)", "cha", "battle-area", "open", 2),
            ((string?)hazard["name"], (string?)hazard["areaClass"], (string?)hazard["hazardType"], (string?)hazard["status"], (int)hazard["priority"]!));
        Assert.Equal(["uxo", "submunition"], hazard["suspectedDeviceCategories"]!.AsArray().Select(c => (string?)c));
        Assert.Equal((46.9498, 40.0098), ((double)hazard["benchmark"]!["longitude"]!, (double)hazard["benchmark"]!["latitude"]!));
        GeometryAssert.EqualNormalized("POLYGON ((46.95 40.01, 46.952 40.01, 46.952 40.0115, 46.95 40.0115, 46.95 40.01))", draft.Items[0].Geometry);

        var activity = Attributes(draft, ReductionRef + ".activity");
        Assert.Equal(("#" + HazardRef, "ORG-AGD-000001", "clearance", "completed", "2021-05-10", "2021-05-27"),
            ((string?)activity["hazardousArea"], (string?)activity["organisation"], (string?)activity["activityType"], (string?)activity["status"],
             (string?)activity["startedOn"], (string?)activity["endedOn"]));
        Assert.Equal(["manual", "mdd"], activity["methods"]!.AsArray().Select(m => (string?)m));

        var released = Attributes(draft, ReductionRef + ".released-1");
        Assert.Equal(("#" + ReductionRef + ".activity", "#" + HazardRef, "cleared", "2021-05-27", 13),
            ((string?)released["activity"], (string?)released["hazardousArea"], (string?)released["outcome"], (string?)released["releasedOn"],
             (int)released["clearanceDepthCentimetres"]!));
        GeometryAssert.EqualNormalized("POLYGON ((46.95 40.01, 46.951 40.01, 46.951 40.0115, 46.95 40.0115, 46.95 40.01))", draft.Items[2].Geometry);

        var device = Attributes(draft, ReductionRef + ".device-1");
        Assert.Equal(("submunition", "M77", 3, "armed", 5, "destroyed-in-situ", "2021-05-12"),
            ((string?)device["category"], (string?)device["model"], (int)device["quantity"]!, (string?)device["condition"], (int)device["depthCentimetres"]!,
             (string?)device["disposal"], (string?)device["foundOn"]));
        GeometryAssert.EqualNormalized("POINT (46.9504 40.0105)", draft.Items[3].Geometry);

        Assert.Equal("HA-AGD-000001", (string?)Attributes(draft, reduction2 + ".activity")["hazardousArea"]);
        var attachment = Assert.Single(draft.Attachments!);
        Assert.Equal(("export.xml", Sample), (attachment.FileName, Encoding.UTF8.GetString(attachment.Content.Span)));
        Assert.Contains(result.Warnings, w => w.Path == "/MineActionFieldReport/FieldReport[4]" && w.Value == "Accident");
    }

    [Fact]
    public async Task Import_ReductionBeforeItsHazard_StillLinksByGuid()
    {
        var doc = System.Xml.Linq.XDocument.Parse(Sample);
        var reports = doc.Root!.Elements("FieldReport").ToList();
        reports[0].Remove();
        doc.Root.Add(reports[0]);

        var result = await ImportAsync(doc.ToString());

        Assert.True(result.Draft is not null, string.Join("\n", result.Errors));
        Assert.Equal("#" + HazardRef, (string?)Attributes(result.Draft, ReductionRef + ".activity")["hazardousArea"]);
    }

    public static TheoryData<string, string, string, string, string?, string> BadInputs => new()
    {
        // The hazard's GUID is missing: no reference to keep, nothing for a reduction to link to.
        { "guid=\"c0a8-8e7f-16cf2236466-35d67078-2-7a11\" localId=\"HAZ-0147\"", "localId=\"HAZ-0147\"",
          "/MineActionFieldReport/FieldReport[1]/Hazard", "guid", null, "a value is required" },
        { "<Latitude>40.0115</Latitude><Longitude>46.9520</Longitude>", "<Latitude>40,0115</Latitude><Longitude>46.9520</Longitude>",
          "/MineActionFieldReport/FieldReport[1]/Hazard/GeospatialInfo[1]/Point[3]", "Latitude", "40,0115", "not a number" },
        // The closing point is missing: the ring is open.
        { "<Point><LocalId>TP-1</LocalId><Number>5</Number><Type>Turning point</Type><Latitude>40.0100</Latitude><Longitude>46.9500</Longitude><CoordRefSys>WGS84</CoordRefSys></Point>",
          "<Point><LocalId>TP-5</LocalId><Number>5</Number><Latitude>40.0108</Latitude><Longitude>46.9499</Longitude></Point>",
          "/MineActionFieldReport/FieldReport[1]/Hazard/GeospatialInfo[1]/Point[5]", "Point", "40.0108 46.9499 ≠ 40.01 46.95", "the polygon is open" },
        { "<Status>Active</Status>", "<Status>Dormant</Status>", "/MineActionFieldReport/FieldReport[1]/Hazard", "Status", "Dormant", "not one of Active" },
        { "<HazardGUID>c0a8-8e7f-16cf2236466-35d67078-2-7a11</HazardGUID>", "<HazardGUID>c0a8-0000-dead</HazardGUID>",
          "/MineActionFieldReport/FieldReport[2]/HazardReduction", "HazardGUID", "c0a8-0000-dead", "no hazard in this file has it" },
        { "<HazardType>Battle area (UXO/AXO)</HazardType>", "<HazardType>battle-aera</HazardType>",
          "/MineActionFieldReport/FieldReport[1]/Hazard", "HazardType", "battle-aera", "did you mean battle-area" },
        // Bow-tie: the geometry check names the crossing.
        { "<Latitude>40.0115</Latitude><Longitude>46.9520</Longitude>", "<Latitude>40.0085</Latitude><Longitude>46.9520</Longitude>",
          "/MineActionFieldReport/FieldReport[1]/Hazard/GeospatialInfo[1]", "geometry", null, "" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Import_BadValue_RefusesAllNamingPathFieldAndValue(string find, string replace, string path, string field, string? value, string message)
    {
        Assert.Contains(find, Sample, StringComparison.Ordinal);

        var result = await ImportAsync(Sample.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(result.Draft);
        Assert.Contains(result.Errors, e => e.Path.StartsWith(path, StringComparison.Ordinal) && e.Field == field
            && (value is null || e.Value == value) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SwappedAxes_RefusedByTheGeometryCheck()
    {
        var hazardEnd = Sample.IndexOf("</Hazard>", StringComparison.Ordinal);
        var swapped = System.Text.RegularExpressions.Regex.Replace(Sample[..hazardEnd],
            "<Latitude>([^<]*)</Latitude><Longitude>([^<]*)</Longitude>", "<Latitude>$2</Latitude><Longitude>$1</Longitude>") + Sample[hazardEnd..];

        var result = await ImportAsync(swapped);

        Assert.Null(result.Draft);
        Assert.Contains(result.Errors, e => e.Path.StartsWith("/MineActionFieldReport/FieldReport[1]/Hazard/GeospatialInfo", StringComparison.Ordinal)
            && e.Field == "geometry" && e.Message.Contains("swap", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Import_SkipInvalid_RejectsTheBadHazardAndTheReductionOnIt()
    {
        var result = await ImportAsync(Sample.Replace("<Status>Active</Status>", "<Status>Dormant</Status>", StringComparison.Ordinal), skip: true);

        Assert.NotNull(result.Draft);
        Assert.Equal(["/MineActionFieldReport/FieldReport[3]"], result.Accepted.Select(r => r.Path));
        Assert.Equal(["/MineActionFieldReport/FieldReport[1]", "/MineActionFieldReport/FieldReport[2]"], result.Rejected.Select(r => r.Path));
        Assert.Contains(result.Errors, e => e.Field == "HazardGUID" && e.Message.Contains("was rejected", StringComparison.Ordinal));
        var written = new MemoryStream();
        MaXmlRejectedFile.Write(result, written);
        var again = MaXmlReader.Read(new MemoryStream(written.ToArray()));
        Assert.True(again.Success, again.Error);
        Assert.Equal(2, again.Reports.Count);
        Assert.Contains("Dormant", Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<?xml version=\"1.0\"?><MineActionFieldReport><FieldReport><Hazard guid=\"a\">", "not well-formed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><MineActionFieldReport><FieldReport>&x;</FieldReport></MineActionFieldReport>", "DTD")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><MineActionFieldReport>&b;</MineActionFieldReport>", "DTD")]
    [InlineData("<MineActionFieldReport><DocumentHeader/></MineActionFieldReport>", "no FieldReport")]
    [InlineData("{\"type\":\"FeatureCollection\"}", "not well-formed")]
    public void Read_BrokenFile_IsRefusedWithAReason(string xml, string reason)
    {
        var result = Read(xml);

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Reports);
    }

    [Fact]
    public void Read_SampleCutShort_IsRefusedNotPartlyRead()
    {
        var result = Read(Sample[..(Sample.Length * 2 / 3)]);

        Assert.False(result.Success);
        Assert.Contains("line", result.Error, StringComparison.Ordinal);
    }
}
