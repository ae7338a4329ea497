using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Testing;

namespace Homeward.Domain.Tests.Validation;

/// <summary>The field rules of assets and reconstruction projects, each broken rule naming its field.</summary>
public sealed class InvariantCheckerTests : IAsyncDisposable
{
    private static readonly FieldReport Report = new()
    {
        Id = Guid.NewGuid(),
        Code = "FR-000001",
        Title = "Recovery assessment",
        FormType = "import",
        CreatedBy = "officer",
        CreatedAt = new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero),
    };

    private readonly InMemoryStore _store = new();
    private readonly InvariantChecker _checker;

    public InvariantCheckerTests()
    {
        _checker = new InvariantChecker(_store, new UtmMetricMeasure(38, north: true), CodeTables.Standard, InvariantOptions.Default);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    [Theory]
    [InlineData(ObjectKind.Asset)]
    [InlineData(ObjectKind.ReconstructionProject)]
    public async Task CheckAsync_SampleOfTheNewKinds_Passes(ObjectKind kind)
    {
        var violations = await CheckAsync(SampleObjects.Create(kind));

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("LINESTRING (46.93 39.99, 46.95 40.01)")]
    [InlineData("MULTIPOLYGON (((46.93 39.99, 46.94 39.99, 46.94 40.0, 46.93 39.99)))")]
    [InlineData("MULTIPOINT ((46.93 39.99), (46.94 40.0))")]
    public async Task CheckAsync_AssetOfAnyShape_Passes(string wkt)
    {
        var asset = SampleAsset with { Geometry = Wkt.Read(wkt) };

        Assert.Empty(await CheckAsync(asset));
    }

    [Fact]
    public async Task CheckAsync_AssetAsGeometryCollection_IsRefusedInGeometry()
    {
        var asset = SampleAsset with { Geometry = Wkt.Read("GEOMETRYCOLLECTION (POINT (46.93 39.99), LINESTRING (46.93 39.99, 46.95 40.01))") };

        var violation = Assert.Single(await CheckAsync(asset));

        Assert.Equal("geometry", violation.Field);
        Assert.Contains("takes a point, line or polygon geometry, not a GeometryCollection", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_NegativeBaselineQuantity_IsRefusedInBaselineQuantity()
    {
        var violation = Assert.Single(await CheckAsync(SampleAsset with { BaselineQuantity = -3.5 }));

        Assert.Equal(("baselineQuantity", "the baseline quantity is zero or more, not -3.5 km."), (violation.Field, violation.Message));
    }

    [Fact]
    public async Task CheckAsync_UnknownUnitAndSector_AreRefusedWithSuggestions()
    {
        var violations = await CheckAsync(SampleAsset with { Unit = "m²", Sector = "transprot" });

        Assert.Equal(["sector", "unit"], violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Contains("Did you mean 'transport'?", violations.Single(v => v.Field == "sector").Message, StringComparison.Ordinal);
        Assert.Contains("'m²' is not a code of the asset_unit table", violations.Single(v => v.Field == "unit").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_PlannedEndBeforeStart_IsRefusedInPlannedEnd()
    {
        var project = SampleProject with { PlannedStart = new DateOnly(2025, 6, 1), PlannedEnd = new DateOnly(2025, 5, 31) };

        var violation = Assert.Single(await CheckAsync(project));

        Assert.Equal(("plannedEnd", "the planned end (2025-05-31) is before the planned start (2025-06-01)."), (violation.Field, violation.Message));
    }

    [Fact]
    public async Task CheckAsync_ActualEndBeforeStart_IsRefusedInActualEnd()
    {
        var project = SampleProject with { ActualStart = new DateOnly(2024, 4, 15), ActualEnd = new DateOnly(2024, 4, 1) };

        Assert.Equal("actualEnd", Assert.Single(await CheckAsync(project)).Field);
    }

    [Theory]
    // Not ISO 4217's form: lower case, two letters, a symbol.
    [InlineData("azn")]
    [InlineData("AZ")]
    [InlineData("₼")]
    public async Task CheckAsync_CurrencyNotThreeCapitals_IsRefusedInBudgetCurrency(string currency)
    {
        var violation = Assert.Single(await CheckAsync(SampleProject with { BudgetCurrency = currency }));

        Assert.Equal("budgetCurrency", violation.Field);
        Assert.Contains($"'{currency}' is not an ISO 4217 currency code", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_BudgetWithoutCurrency_IsRefusedInBudgetCurrency()
    {
        var violation = Assert.Single(await CheckAsync(SampleProject with { BudgetCurrency = null }));

        Assert.Equal(("budgetCurrency", "a budget needs its currency (an ISO 4217 code such as AZN)."), (violation.Field, violation.Message));
    }

    [Fact]
    public async Task CheckAsync_NegativeBudgetAndUnknownStatus_AreBothNamed()
    {
        var violations = await CheckAsync(SampleProject with { BudgetAmount = -1m, Status = "7" });

        Assert.Equal(["budgetAmount", "status"], violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    private static Asset SampleAsset => (Asset)SampleObjects.Create(ObjectKind.Asset);

    private static ReconstructionProject SampleProject => (ReconstructionProject)SampleObjects.Create(ObjectKind.ReconstructionProject);

    private Task<IReadOnlyList<InvariantViolation>> CheckAsync(DomainObject state)
    {
        var item = new FieldReportItem("i1", state.Kind, "{}", state.Geometry, null, null);
        return _checker.CheckAsync(Report, [new PlannedChange(item, null, state)], Ct);
    }
}
