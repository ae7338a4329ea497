using System.Text.Json;
using Homeward.Testing;

namespace Homeward.Domain.Tests;

public sealed class DomainJsonTests
{
    [Fact]
    public void SampleObjects_CoverEveryKind()
    {
        Assert.Equal(ObjectKindInfo.All.Select(i => i.Kind), SampleObjects.OneOfEach().Select(o => o.Kind));
    }

    [Fact]
    public void Deserialize_SerializedObjectOfEveryKind_GivesTheSameJsonBack()
    {
        Assert.All(SampleObjects.OneOfEach(), original =>
        {
            var json = DomainJson.Serialize(original);

            var copy = DomainJson.Deserialize(original.Kind, json);

            Assert.IsType(original.GetType(), copy);
            Assert.Equal(json, DomainJson.Serialize(copy));
            Assert.DoesNotContain("geometry", json, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Serialize_HazardousArea_WritesEnumsAsCamelCaseAndDatesAsIso()
    {
        var hazard = SampleObjects.OneOfEach().Single(o => o.Kind == ObjectKind.HazardousArea);
        var released = SampleObjects.OneOfEach().Single(o => o.Kind == ObjectKind.ReleasedArea);

        Assert.Contains("\"status\":\"inProgress\"", DomainJson.Serialize(hazard), StringComparison.Ordinal);
        Assert.Contains("\"releasedOn\":\"2022-06-30\"", DomainJson.Serialize(released), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownField_IsRefused()
    {
        var json = """{"id":"8c5e7c48-8a51-4a35-9a39-1d1e0f5b6f01","code":"HA-1","areaClass":"sha","hazardType":"battle-area","colour":"red"}""";

        Assert.Throws<JsonException>(() => DomainJson.Deserialize(ObjectKind.HazardousArea, json));
    }

    [Fact]
    public void Deserialize_MissingRequiredField_IsRefused()
    {
        var json = """{"id":"8c5e7c48-8a51-4a35-9a39-1d1e0f5b6f01","code":"HA-1","areaClass":"sha"}""";

        Assert.Throws<JsonException>(() => DomainJson.Deserialize(ObjectKind.HazardousArea, json));
    }
}
