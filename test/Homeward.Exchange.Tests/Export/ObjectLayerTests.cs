using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Exchange.Export;
using Homeward.Geo;
using Homeward.Testing;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Tests.Export;

public sealed class ObjectLayerTests
{
    private static readonly ObjectLayerOptions Restricted = new(CodeTables.Standard, UtmMetricMeasure.Karabakh);

    public static TheoryData<ObjectKind, ExportFormat> KindsAndFormats()
    {
        var data = new TheoryData<ObjectKind, ExportFormat>();
        foreach (var kind in Enum.GetValues<ObjectKind>())
        {
            data.Add(kind, ExportFormat.GeoJson);
            data.Add(kind, ExportFormat.GeoPackage);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndFormats))]
    public void ReadBack_ExportedObjects_AreTheSameObjects(ObjectKind kind, ExportFormat format)
    {
        using var folder = new TemporaryFolder();
        var layer = new ObjectLayer(kind, Restricted with { LabelLanguage = "ru" });
        // A full object, and one with every optional attribute left out (its kind's defaults).
        var full = SampleObjects.Create(kind, 1);
        var bare = Bare(kind);
        var path = folder.File("layer" + LayerFiles.Extension(format));

        using (var writer = LayerFiles.Open(format, path, layer.Schema))
        {
            writer.Write(layer.ToFeature(full));
            writer.Write(layer.ToFeature(bare));
            writer.Complete();
        }

        var read = LayerFiles.ReadBack(format, path, layer.Schema).Select(layer.ToObject).ToList();

        Assert.Equal(2, read.Count);
        ObjectAssert.Same(WithStorageSrid(full), read[0]);
        ObjectAssert.Same(WithStorageSrid(bare), read[1]);
    }

    [Fact]
    public void Schema_OfHazardousAreas_FollowsTheKindsSchemaWithCodesLabelsAndArea()
    {
        var layer = new ObjectLayer(ObjectKind.HazardousArea, Restricted with { LabelLanguage = "az" });

        var names = layer.Schema.Fields.Select(f => f.Name).ToList();

        Assert.Equal(["object_id", "code", "is_synthetic", "name", "area_class", "hazard_type", "hazard_type_label", "status"], names[..8]);
        Assert.Contains("benchmark_lon", names);
        Assert.Contains("suspected_device_categories_label", names);
        Assert.Contains("area_square_metres", names);
        Assert.DoesNotContain("area_m2", names);
        Assert.Equal(ExportFieldType.WholeNumber, layer.Schema.Fields[names.IndexOf("priority")].Type);
    }

    [Fact]
    public void ToFeature_WithAzerbaijaniLabels_GivesTheCodeAndItsLabel()
    {
        var layer = new ObjectLayer(ObjectKind.HazardousArea, Restricted with { LabelLanguage = "az" });
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);

        var feature = layer.ToFeature(hazard);

        var code = (string)feature.Values[layer.Schema.IndexOf("hazard_type")]!;
        Assert.Equal(hazard.HazardType, code);
        Assert.Equal(CodeTables.Standard.LabelOf("hazard_type", code)!.Az, feature.Values[layer.Schema.IndexOf("hazard_type_label")]);
    }

    [Fact]
    public void ToFeature_AdministrativeArea_HasItsAreaInSquareMetres()
    {
        var layer = new ObjectLayer(ObjectKind.AdministrativeArea, Restricted);
        var area = SampleObjects.Create(ObjectKind.AdministrativeArea);

        var feature = layer.ToFeature(area);

        Assert.Equal(UtmMetricMeasure.Karabakh.AreaSquareMetres(area.Geometry!), (double)feature.Values[layer.Schema.IndexOf("area_m2")]!);
        Assert.True((double)feature.Values[layer.Schema.IndexOf("area_m2")]! > 1_000_000);
    }

    [Fact]
    public void Public_Victims_LeaveOutNamesAndDatesOfBirth()
    {
        var victim = (Victim)SampleObjects.Create(ObjectKind.Victim);
        Assert.NotNull(victim.FullName);
        Assert.NotNull(victim.DateOfBirth);

        var layer = new ObjectLayer(ObjectKind.Victim, Restricted with { IsPublic = true });
        var feature = layer.ToFeature(victim);

        Assert.Equal(-1, layer.Schema.IndexOf("full_name"));
        Assert.Equal(-1, layer.Schema.IndexOf("date_of_birth"));
        Assert.DoesNotContain(victim.FullName, feature.Values.OfType<string>());
        Assert.DoesNotContain(victim.DateOfBirth.Value, feature.Values.OfType<DateOnly>());
        Assert.Equal(victim.Sex, feature.Values[layer.Schema.IndexOf("sex")]);
    }

    [Theory]
    [InlineData(HazardStatus.Open, true)]
    [InlineData(HazardStatus.InProgress, true)]
    [InlineData(HazardStatus.ClosedReleased, false)]
    [InlineData(HazardStatus.HandedOver, false)]
    public void Public_Hazards_UnclearedOnesAreGeneralisedToTheGrid(HazardStatus status, bool generalised)
    {
        var hazard = SampleObjects.Hazard(5, "POLYGON ((46.951 40.011, 46.953 40.011, 46.953 40.013, 46.951 40.011))") with { Status = status };
        var layer = new ObjectLayer(ObjectKind.HazardousArea, Restricted with { IsPublic = true });

        var feature = layer.ToFeature(hazard);

        Assert.Equal(-1, layer.Schema.IndexOf("benchmark_lon"));
        if (generalised)
        {
            GeometryAssert.EqualNormalized("POLYGON ((46.9 40, 47 40, 47 40.1, 46.9 40.1, 46.9 40))", feature.Geometry!, 1e-12);
        }
        else
        {
            Assert.True(hazard.Geometry!.EqualsExact(feature.Geometry));
        }
    }

    [Fact]
    public void Public_Evidence_MovesToTheCentreOfItsGridCell()
    {
        var evidence = SampleObjects.Create(ObjectKind.Evidence);
        var layer = new ObjectLayer(ObjectKind.Evidence, Restricted with { IsPublic = true });

        var point = (Point)layer.ToFeature(evidence).Geometry!;

        Assert.Equal(Math.Floor(evidence.Geometry!.Coordinate.X * 10) / 10 + 0.05, point.X, 1e-12);
        Assert.Equal(Math.Floor(evidence.Geometry!.Coordinate.Y * 10) / 10 + 0.05, point.Y, 1e-12);
    }

    private static DomainObject WithStorageSrid(DomainObject value) =>
        value.Geometry is null ? value : value with { Geometry = GeometryServices.Wgs84.CreateGeometry(value.Geometry) };

    // An object with only what its kind requires, read from the minimal JSON form of the full sample.
    private static DomainObject Bare(ObjectKind kind)
    {
        var full = SampleObjects.Create(kind, 2);
        var json = System.Text.Json.Nodes.JsonNode.Parse(DomainJson.Serialize(full))!.AsObject();
        foreach (var property in ObjectSchema.Of(kind).Properties.Where(p => !p.IsRequired))
        {
            json.Remove(property.JsonName);
        }

        return DomainJson.Deserialize(kind, json.ToJsonString());
    }
}
