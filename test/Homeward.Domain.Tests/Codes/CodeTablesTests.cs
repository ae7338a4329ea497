using Homeward.Domain.Codes;

namespace Homeward.Domain.Tests.Codes;

public sealed class CodeTablesTests
{
    [Fact]
    public void Standard_EveryTableNamedByAProperty_Exists()
    {
        var named = ObjectKindInfo.All
            .SelectMany(k => ObjectSchema.Of(k.Kind).Properties)
            .Select(p => p.CodeTable)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

        Assert.All(named, table => Assert.Contains(table, CodeTables.Standard.TableNames));
    }

    [Fact]
    public void Standard_EveryValue_IsLabelledInThreeLanguages()
    {
        Assert.All(CodeTables.Standard.AllValues, v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Label.En), $"{v.Table}/{v.Code} has no English label");
            Assert.False(string.IsNullOrWhiteSpace(v.Label.Az), $"{v.Table}/{v.Code} has no Azerbaijani label");
            Assert.False(string.IsNullOrWhiteSpace(v.Label.Ru), $"{v.Table}/{v.Code} has no Russian label");
        });
    }

    [Fact]
    public void Standard_DefaultValuesOfCodeProperties_AreKnownCodes()
    {
        // Properties such as DeviceFinding.Condition default to a code; the default must be in its table.
        foreach (var kind in ObjectKindInfo.All)
        {
            foreach (var property in ObjectSchema.Of(kind.Kind).Properties.Where(p => p.CodeTable is not null && p.ValueType == typeof(string)))
            {
                var instance = (DomainObject)Activator.CreateInstance(kind.ClrType)!;
                if (property.GetValue(instance) is string value)
                {
                    Assert.True(CodeTables.Standard.Contains(property.CodeTable!, value), $"{kind.Kind}.{property.Name} defaults to unknown code '{value}'");
                }
            }
        }
    }

    [Theory]
    [InlineData("minefeild-ap", "minefield-ap")] // transposed letters
    [InlineData("Battle-Area", "battle-area")] // case
    [InlineData("cluster", "cluster-strike")] // truncated
    public void Suggest_NearMiss_NamesTheIntendedCode(string typed, string intended)
    {
        Assert.Contains(intended, CodeTables.Standard.Suggest("hazard_type", typed));
    }

    [Fact]
    public void Suggest_NothingClose_ReturnsNothing()
    {
        Assert.Empty(CodeTables.Standard.Suggest("hazard_type", "submarine-wreck-with-tanks"));
    }

    [Fact]
    public void PlusValue_NewCode_IsKnownAfterwardsAndNotBefore()
    {
        var value = new CodeValue("hazard_type", "landslide-buried", new LocalizedText("Buried by landslide", "Sürüşmə altında", "Под оползнем"));

        var extended = CodeTables.Standard.PlusValue(value);

        Assert.False(CodeTables.Standard.Contains("hazard_type", "landslide-buried"));
        Assert.True(extended.Contains("hazard_type", "landslide-buried"));
        Assert.Equal("Под оползнем", extended.LabelOf("hazard_type", "landslide-buried")!.In("ru"));
    }
}
