using System.Text;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Exchange.Odk;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Odk;

/// <summary>A daily activity export built as ODK Central writes it (FORM.csv, FORM-REPEAT.csv, media/), imported and compared.</summary>
public sealed class OdkCentralExportTests
{
    private const string Form = "homeward_daily_activity";
    private const string Instance1 = "uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a41";
    private const string Instance2 = "uuid:0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

    private static readonly string RootHeader = string.Join(',',
        "SubmissionDate", "start", "end", "today", "deviceid", "username", "homeward_form", "report_date", "activity-activity_code", "activity-task_code",
        "activity-hazard_code", "activity-organisation_code", "activity-team_code", "activity-activity_type", "activity-methods",
        "activity-activity_started_on", "activity-activity_status", "activity-activity_ended_on", "activity-activity_location-Latitude",
        "activity-activity_location-Longitude", "activity-activity_location-Altitude", "activity-activity_location-Accuracy", "progress_photo",
        "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID",
        "Edits", "FormVersion");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FormImportOptions Options(bool skip = false) => new() { Validator = GeometryValidator.ForKarabakh(), SkipInvalid = skip };

    private static string Root(string id, string hazard, string type, string lat, string lon, string photo) =>
        $"2024-05-13T15:02:11.412Z,2024-05-13T06:10:00.000+04:00,2024-05-13T14:55:00.000+04:00,2024-05-13,collect:Qm9iIGlzIGhlcmU,team3,daily-activity,"
        + $"2024-05-13,,TK-AGD-000001,{hazard},ORG-AGD-000001,TM-AGD-000001,{type},manual mdd,2024-05-13,ongoing,,{lat},{lon},1380,4.8,{photo},"
        + $"{id},{id},7,Team 3 tablet,1,1,,,collect:Qm9iIGlzIGhlcmU,0,2026050101";

    private static Dictionary<string, byte[]> Export(string root2Hazard = "HA-AGD-000001", string deviceCategory = "ap-mine", string deviceLat = "40.0112")
    {
        var root = RootHeader + "\n"
            + Root(Instance1, "HA-AGD-000001", "clearance", "40.0121", "46.9523", "1715590000123.jpg") + "\n"
            + Root(Instance2, root2Hazard, "ts", "40.0131", "46.9533", string.Empty) + "\n";
        var released = "release_outcome,release_area,release_depth_cm,PARENT_KEY,KEY\n"
            + $"cleared,40.0105 46.9505 0 3;40.0105 46.9515 0 3;40.0112 46.9515 0 3;40.0105 46.9505 0 3,13,{Instance1},{Instance1}/released[1]\n";
        var devices = "device_category,device_model,device_quantity,device_condition,device_depth_cm,device_disposal,device_location-Latitude,"
            + "device_location-Longitude,device_location-Altitude,device_location-Accuracy,device_photo,PARENT_KEY,KEY\n"
            + $"{deviceCategory},PMN-2,2,armed,8,destroyed-in-situ,{deviceLat},46.9511,1381,3.9,1715590000456.jpg,{Instance1},{Instance1}/devices[1]\n"
            + $"uxo,,1,unknown,,removed-destroyed,40.0133,46.9534,,,,{Instance2},{Instance2}/devices[1]\n";
        return new Dictionary<string, byte[]>
        {
            [$"{Form}.csv"] = Encoding.UTF8.GetBytes(root),
            [$"{Form}-released.csv"] = Encoding.UTF8.GetBytes(released),
            [$"{Form}-devices.csv"] = Encoding.UTF8.GetBytes(devices),
            ["media/1715590000123.jpg"] = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3],
            ["media/1715590000456.jpg"] = [0xFF, 0xD8, 0xFF, 0xE0, 4, 5, 6],
        };
    }

    private static async Task<InMemoryStore> StoreAsync()
    {
        var store = new InMemoryStore();
        var objects = new[] { ObjectKind.HazardousArea, ObjectKind.Organisation, ObjectKind.ClearanceTask, ObjectKind.Team }
            .Select(k => SampleObjects.Create(k, 1)).ToList();
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

    private static async Task<FormImportResult> ImportAsync(Dictionary<string, byte[]> files, bool skip = false)
    {
        var export = new SubmissionFiles($"{Form}.csv", files);
        var read = SubmissionReader.Read(export);
        Assert.True(read.Success, read.Error);
        await using var store = await StoreAsync();
        return await FormSubmissionImporter.ImportAsync(read.Submissions, export, store, Options(skip), Ct);
    }

    [Fact]
    public async Task Import_CentralCsvZip_GivesLinkedItemsGeometriesAndPhotos()
    {
        var result = await ImportAsync(Export());

        Assert.True(result.Draft is not null, string.Join("\n", result.Errors));
        var draft = result.Draft;
        Assert.Equal("daily-activity", draft.FormType);
        Assert.Equal([Instance1, Instance2], result.Accepted);
        var key1 = Instance1[5..];
        Assert.Equal([$"{key1}.activity", $"{key1}.released-1", $"{key1}.device-1", $"{Instance2[5..]}.activity", $"{Instance2[5..]}.device-1"],
            draft.Items.Select(i => i.ItemRef));
        var activity = JsonNode.Parse(draft.Items[0].AttributesJson)!;
        Assert.Equal("HA-AGD-000001", (string?)activity["hazardousArea"]);
        Assert.Equal("TK-AGD-000001", (string?)activity["task"]);
        Assert.Equal("ORG-AGD-000001", (string?)activity["organisation"]);
        Assert.Equal(["manual", "mdd"], activity["methods"]!.AsArray().Select(m => (string?)m));
        GeometryAssert.EqualNormalized("POINT (46.9523 40.0121)", draft.Items[0].Geometry);
        var released = JsonNode.Parse(draft.Items[1].AttributesJson)!;
        Assert.Equal(("#" + key1 + ".activity", "HA-AGD-000001", "cleared", 13, "2024-05-13"),
            ((string?)released["activity"], (string?)released["hazardousArea"], (string?)released["outcome"], (int)released["clearanceDepthCentimetres"]!,
             (string?)released["releasedOn"]));
        GeometryAssert.EqualNormalized("POLYGON ((46.9505 40.0105, 46.9515 40.0105, 46.9515 40.0112, 46.9505 40.0105))", draft.Items[1].Geometry);
        var device = JsonNode.Parse(draft.Items[2].AttributesJson)!;
        Assert.Equal(("#" + key1 + ".activity", "ap-mine", "PMN-2", 2, 8), ((string?)device["activity"], (string?)device["category"],
            (string?)device["model"], (int)device["quantity"]!, (int)device["depthCentimetres"]!));
        GeometryAssert.EqualNormalized("POINT (46.9511 40.0112)", draft.Items[2].Geometry);
        Assert.Equal([$"{key1}-1715590000123.jpg", $"{key1}-1715590000456.jpg"], draft.Attachments!.Select(a => a.FileName));
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0, 4, 5, 6], draft.Attachments![1].Content.ToArray());
        Assert.Equal("image/jpeg", draft.Attachments[0].MediaType);
    }

    [Fact]
    public async Task Import_UnknownHazardAndCode_NamesSubmissionFieldValueAndSuggests()
    {
        var result = await ImportAsync(Export(root2Hazard: "HA-AGD-000999", deviceCategory: "ap-mien"));

        Assert.Null(result.Draft);
        Assert.Equal([Instance1, Instance2], result.Rejected);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(
            $"submission {Instance1}/devices[1], field 'device_category' = 'ap-mien': not a code of device_category; did you mean ap-mine", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.InstanceId == Instance2 && e.Field == "hazard_code" && e.Value == "HA-AGD-000999"
            && e.Message.StartsWith("no hazardous area has this code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SkipInvalid_TakesTheGoodSubmissionsOnly()
    {
        var result = await ImportAsync(Export(root2Hazard: "HA-AGD-000999"), skip: true);

        Assert.NotNull(result.Draft);
        Assert.Equal([Instance1], result.Accepted);
        Assert.Equal([Instance2], result.Rejected);
        Assert.DoesNotContain(result.Draft.Items, i => i.ItemRef.StartsWith(Instance2[5..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ODataJson_GivesTheSameItemsAsTheCsv()
    {
        var json = $$$"""
            {"@odata.context":"https://central.example/v1/projects/4/forms/{{{Form}}}.svc/$metadata#Submissions","value":[
              {"__id":"{{{Instance1}}}","start":"2024-05-13T06:10:00.000+04:00","homeward_form":"daily-activity","report_date":"2024-05-13",
               "activity":{"activity_code":null,"task_code":"TK-AGD-000001","hazard_code":"HA-AGD-000001","organisation_code":"ORG-AGD-000001",
                 "team_code":"TM-AGD-000001","activity_type":"clearance","methods":"manual mdd","activity_started_on":"2024-05-13","activity_status":"ongoing",
                 "activity_location":{"type":"Point","coordinates":[46.9523,40.0121,1380],"properties":{"accuracy":4.8} } },
               "progress_photo":"1715590000123.jpg",
               "released":[{"__id":"a1","release_outcome":"cleared","release_depth_cm":13,
                 "release_area":{"type":"Polygon","coordinates":[[[46.9505,40.0105,0],[46.9515,40.0105,0],[46.9515,40.0112,0],[46.9505,40.0105,0]]]} }],
               "devices":[{"__id":"d1","device_category":"ap-mine","device_model":"PMN-2","device_quantity":2,"device_condition":"armed","device_depth_cm":8,
                 "device_disposal":"destroyed-in-situ","device_location":{"type":"Point","coordinates":[46.9511,40.0112,1381],"properties":{"accuracy":3.9} },
                 "device_photo":"1715590000456.jpg"}],
               "meta":{"instanceID":"{{{Instance1}}}"},
               "__system":{"submissionDate":"2024-05-13T15:02:11.412Z","submitterId":"7","submitterName":"Team 3 tablet","formVersion":"2026050101",
                 "reviewState":null,"status":null} }]}
            """;
        var csv = await ImportAsync(Export());
        var files = Export();
        files["submissions.json"] = Encoding.UTF8.GetBytes(json);
        var export = new SubmissionFiles("submissions.json", files);
        var read = SubmissionReader.Read(export);
        Assert.True(read.Success, read.Error);
        await using var store = await StoreAsync();

        var result = await FormSubmissionImporter.ImportAsync(read.Submissions, export, store, Options(), Ct);

        Assert.Equal("odk-central-json", read.Source);
        Assert.True(result.Draft is not null, string.Join("\n", result.Errors));
        var expected = csv.Draft!.Items.Where(i => i.ItemRef.StartsWith(Instance1[5..], StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Select(i => (i.ItemRef, i.Kind, i.AttributesJson)), result.Draft.Items.Select(i => (i.ItemRef, i.Kind, i.AttributesJson)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Geometry!.EqualsExact(result.Draft.Items[i].Geometry), $"{expected[i].Geometry} vs {result.Draft.Items[i].Geometry}");
        }

        Assert.Equal(2, result.Draft.Attachments!.Count);
    }
}
