namespace Homeward.Domain.Tests;

public sealed class ObjectSchemaTests
{
    [Theory]
    [InlineData(ObjectKind.ReleasedArea, "HazardousAreaId", "hazardousArea", "hazardous_area_id")]
    [InlineData(ObjectKind.ClearanceTask, "HazardousAreaIds", "hazardousAreas", "hazardous_area_ids")]
    [InlineData(ObjectKind.Organisation, "ParentId", "parent", "parent_id")]
    [InlineData(ObjectKind.Link, "FromId", "from", "from_id")]
    public void Properties_Reference_HasAliasAndColumn(ObjectKind kind, string name, string alias, string column)
    {
        var property = Assert.Single(ObjectSchema.Of(kind).Properties, p => p.Name == name);

        Assert.True(property.IsReference);
        Assert.Equal(alias, property.ReferenceAlias);
        Assert.Equal(column, property.ColumnName);
    }

    [Fact]
    public void Properties_EveryKind_StartWithIdentityAndCodeAndLeaveOutGeometry()
    {
        Assert.All(ObjectKindInfo.All, info =>
        {
            var properties = ObjectSchema.Of(info.Kind).Properties;
            Assert.Equal("Id", properties[0].Name);
            Assert.Equal("Code", properties[1].Name);
            Assert.DoesNotContain(properties, p => p.Name is "Geometry" or "Kind");
        });
    }

    [Fact]
    public void Properties_RequiredOnesOfHazardousArea_AreMarked()
    {
        var required = ObjectSchema.Of(ObjectKind.HazardousArea).Properties.Where(p => p.IsRequired).Select(p => p.JsonName);

        Assert.Equal(["id", "code", "areaClass", "hazardType"], required);
    }
}
