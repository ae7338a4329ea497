using Homeward.Domain;
using Homeward.Exchange.FieldReports;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.FieldReports;

public sealed partial class FieldReportFileTests
{
    private const string Survey = """
        {
          "type": "FeatureCollection",
          "report": { "title": "NTS Aghdam, May 2024", "formType": "hazard-survey", "reportedOn": "2024-05-12" },
          "features": [
            { "type": "Feature", "id": "h1",
              "geometry": { "type": "Polygon", "coordinates": [[[46.90, 39.95], [46.91, 39.95], [46.91, 39.96], [46.90, 39.95]]] },
              "properties": { "kind": "hazardousArea", "areaClass": "cha", "hazardType": "minefield-ap", "priority": 1 } },
            { "type": "Feature",
              "geometry": { "type": "Point", "coordinates": [46.905, 39.952] },
              "properties": { "kind": "evidence", "itemRef": "e1", "hazardousArea": "#h1", "evidenceType": "eo-seen",
                              "directness": "direct", "source": "observed" } },
            { "type": "Feature", "geometry": null,
              "properties": { "kind": "hazardousArea", "code": "HA-AGD-000007", "status": "inProgress" } }
          ]
        }
        """;

    [Fact]
    public void Read_SurveyFile_GivesItemsWithKindsReferencesAndGeometry()
    {
        var result = FieldReportFile.Read(Survey);

        Assert.True(result.Success, string.Join("; ", result.Errors));
        var draft = result.Value;
        Assert.Equal("NTS Aghdam, May 2024", draft.Title);
        Assert.Equal(new DateOnly(2024, 5, 12), draft.ReportedOn);
        Assert.Equal(["h1", "e1", "item-3"], draft.Items.Select(i => i.ItemRef));
        Assert.Equal([ObjectKind.HazardousArea, ObjectKind.Evidence, ObjectKind.HazardousArea], draft.Items.Select(i => i.Kind));
        GeometryAssert.EqualNormalized("POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.95))", draft.Items[0].Geometry);
        Assert.Equal(4326, draft.Items[1].Geometry!.SRID);
        Assert.Contains("\"hazardousArea\":\"#h1\"", draft.Items[1].AttributesJson, StringComparison.Ordinal);
        Assert.Equal("HA-AGD-000007", draft.Items[2].TargetCode);
        Assert.Null(draft.Items[2].Geometry);
    }

    [Fact]
    public void Read_UnknownKindAndBadGeometry_NamesEachFeatureAndField()
    {
        var json = """
            { "type": "FeatureCollection", "report": { "title": "t" }, "features": [
              { "type": "Feature", "geometry": null, "properties": { "kind": "minefield" } },
              { "type": "Feature", "geometry": { "type": "Polygon", "coordinates": [[46.9, 39.9]] }, "properties": { "kind": "hazardousArea" } } ] }
            """;

        var result = FieldReportFile.Read(json);

        Assert.False(result.Success);
        Assert.Collection(result.Errors,
            e => Assert.Equal((1, "kind"), (e.Feature, e.Field)),
            e => Assert.Equal((2, "geometry"), (e.Feature, e.Field)));
        Assert.Contains("'minefield' is not a kind", result.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("feature 2, field 'geometry'", result.Errors[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingTitleAndBadDate_NamesTheHeaderFields()
    {
        var json = """{ "type": "FeatureCollection", "report": { "reportedOn": "12/05/2024" }, "features": [ { "type": "Feature", "geometry": null, "properties": { "kind": "organisation" } } ] }""";

        var result = FieldReportFile.Read(json);

        Assert.Equal(["reportedOn", "title"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(0, e.Feature));
    }

    [Fact]
    public void Read_NotJson_SaysSo()
    {
        var result = FieldReportFile.Read("{ \"type\": ");

        Assert.StartsWith("not valid JSON", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameItems()
    {
        var draft = FieldReportFile.Read(Survey).Value;
        var report = new Homeward.Domain.Reports.FieldReport
        {
            Id = Guid.NewGuid(),
            Code = "FR-000001",
            Title = draft.Title,
            FormType = draft.FormType,
            ReportedOn = draft.ReportedOn,
            CreatedBy = "officer",
            CreatedAt = DateTimeOffset.UnixEpoch,
            Items = draft.Items,
        };

        var again = FieldReportFile.Read(FieldReportFile.Write(report)).Value;

        Assert.Equal(draft.Items.Select(i => (i.ItemRef, i.Kind, i.TargetCode)), again.Items.Select(i => (i.ItemRef, i.Kind, i.TargetCode)));
        Assert.All(draft.Items.Zip(again.Items), pair =>
        {
            if (pair.First.Geometry is null)
            {
                Assert.Null(pair.Second.Geometry);
            }
            else
            {
                GeometryAssert.EqualExact(pair.First.Geometry, pair.Second.Geometry);
            }
        });
        Assert.Equal(draft.ReportedOn, again.ReportedOn);
    }
}
