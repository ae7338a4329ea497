using System.Text.Json;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Records.Output;

namespace Homeward.Records.Tests.Output;

public sealed class MinefieldReportDraftTests
{
    private static readonly ReportAttachment Original = ReportAttachment.Create("ex3.json", "application/json", "{}"u8.ToArray());

    [Fact]
    public void Create_Example3_GivesASuspectedHazardWithItsEvidenceAndAttachments()
    {
        var minefield = SampleRecords.Digitize(SampleRecords.Example3);

        var draft = MinefieldReportDraft.Create(minefield, "minefield-ap", null, [Original]);

        Assert.Equal("minefield-record", draft.FormType);
        var (hazard, evidence) = (draft.Items[0], draft.Items[1]);
        Assert.Equal(ObjectKind.HazardousArea, hazard.Kind);
        Assert.True(hazard.Geometry!.EqualsExact(minefield.UncertaintyZoneWgs84!));
        Assert.Equal(4326, hazard.Geometry.SRID);
        var attributes = JsonDocument.Parse(hazard.AttributesJson).RootElement;
        Assert.Equal("sha", attributes.GetProperty("areaClass").GetString());
        Assert.Equal(["ap-mine"], attributes.GetProperty("suspectedDeviceCategories").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(46.9305765, attributes.GetProperty("benchmark").GetProperty("longitude").GetDouble(), 1e-7);
        Assert.Equal(ObjectKind.Evidence, evidence.Kind);
        var notes = JsonDocument.Parse(evidence.AttributesJson).RootElement;
        Assert.Equal("#hazard", notes.GetProperty("hazardousArea").GetString());
        Assert.Equal("1993-06-15", notes.GetProperty("observedOn").GetString());
        Assert.Contains("misclosure 0.640 m", notes.GetProperty("notes").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ex3.json", "SYN-EX3.digitized.geojson"], draft.Attachments!.Select(a => a.FileName));
        Assert.All(draft.Attachments!, a => Assert.True(a.IsIntact));
    }

    [Fact]
    public void Create_WithAnUpdateCode_NamesTheStoredArea()
    {
        var draft = MinefieldReportDraft.Create(SampleRecords.Digitize(SampleRecords.Example3), "minefield-mixed", "HA-AGD-000007", [Original]);

        Assert.Equal("HA-AGD-000007", draft.Items[0].TargetCode);
        Assert.Equal("HA-AGD-000007", JsonDocument.Parse(draft.Items[0].AttributesJson).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Create_RecordWithoutPerimeter_IsRefused()
    {
        var minefield = SampleRecords.Digitize(SampleRecords.Example3.Replace("\"perimeter\": [\"A\", \"B\", \"C\", \"D\", \"A\"],", string.Empty,
            StringComparison.Ordinal));

        Assert.Throws<ArgumentException>(() => MinefieldReportDraft.Create(minefield, "minefield-ap", null, [Original]));
    }
}
