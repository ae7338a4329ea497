using Homeward.Domain;
using Homeward.Exchange.Export;

namespace Homeward.Exchange.Tests.Export;

public sealed class RowFilterTests
{
    private static readonly ExportLayerSchema Schema = new("hazardous_areas", GeometryShape.None,
    [
        new ExportField("code", ExportFieldType.Text),
        new ExportField("status", ExportFieldType.Text),
        new ExportField("priority", ExportFieldType.WholeNumber),
        new ExportField("area_square_metres", ExportFieldType.Real),
        new ExportField("is_synthetic", ExportFieldType.Boolean),
        new ExportField("released_on", ExportFieldType.Date),
        new ExportField("name", ExportFieldType.Text),
    ], "test");

    private static readonly ExportFeature[] Rows =
    [
        Row("HA-AGD-000001", "open", 1, 12_500.5, true, new DateOnly(2024, 5, 1), "North field"),
        Row("HA-AGD-000002", "inProgress", 3, 800, false, null, null),
        Row("HA-FZL-000003", "closedReleased", 5, 40_000, true, new DateOnly(2022, 1, 31), "O'Brien's farm"),
    ];

    [Theory]
    [InlineData("status = 'open'", "1")]
    [InlineData("status != 'open'", "23")]
    [InlineData("status <> 'open'", "23")]
    [InlineData("STATUS IN ('open', 'inProgress')", "12")]
    [InlineData("status not in ('open', 'inProgress')", "3")]
    [InlineData("code like 'HA-AGD%'", "12")]
    [InlineData("code like 'ha-agd%'", "12")] // like ignores case
    [InlineData("code like '%0_'", "123")]
    [InlineData("code not like '%FZL%'", "12")]
    [InlineData("priority < 3", "1")]
    [InlineData("priority <= 3", "12")]
    [InlineData("priority > 2.5", "23")]
    [InlineData("area_square_metres >= 12500.5", "13")]
    [InlineData("area_square_metres > 1e3 and area_square_metres < 2e4", "1")]
    [InlineData("is_synthetic = true", "13")]
    [InlineData("released_on < '2024-01-01'", "3")]
    [InlineData("released_on is null", "2")]
    [InlineData("name is not null", "13")]
    [InlineData("name != 'x'", "13")] // as in SQL, a comparison with an empty field is false
    [InlineData("name = 'O''Brien''s farm'", "3")]
    [InlineData("not (status = 'open' or priority = 5)", "2")]
    [InlineData("status = 'open' or status = 'inProgress' and priority = 5", "1")] // and binds tighter than or
    [InlineData("(status = 'open' or status = 'inProgress') and priority = 3", "2")]
    public void Matches_Expression_SelectsTheRightRows(string where, string expected)
    {
        Assert.True(RowFilter.TryParse(where, Schema, out var filter, out var error), error);

        var selected = string.Concat(Rows.Select((row, i) => filter.Matches(row) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty));

        Assert.Equal(expected, selected);
    }

    [Fact]
    public void TryParse_UnknownField_NamesItAndListsTheFields()
    {
        Assert.False(RowFilter.TryParse("hazard = 'x'", Schema, out _, out var error));

        Assert.Contains("unknown field 'hazard'", error, StringComparison.Ordinal);
        Assert.Contains("code, status, priority, area_square_metres, is_synthetic, released_on, name", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("status = open", "text in single quotes")]
    [InlineData("priority = 'high'", "takes a number")]
    [InlineData("released_on > 'last year'", "not a date")]
    [InlineData("status = 'open", "no closing quote")]
    [InlineData("status = 'open'; DROP TABLE hazardous_areas", "unexpected character ';'")]
    [InlineData("status = 'open' status", "unexpected 'status'")]
    [InlineData("(status = 'open'", "expected ')'")]
    [InlineData("status in 'open'", "expected '('")]
    [InlineData("status", "expected a comparison")]
    [InlineData("status is 'open'", "expected 'null'")]
    [InlineData("and status = 'x'", "expected a field name")]
    [InlineData("priority = 1 or", "expected a field name at the end")]
    [InlineData("is_synthetic = 1", "true or false")]
    [InlineData("status ! 'open'", "'!' must be followed")]
    public void TryParse_BadExpression_SaysWhatIsWrong(string where, string expected)
    {
        Assert.False(RowFilter.TryParse(where, Schema, out var filter, out var error));

        Assert.Null(filter);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "a%", true)]
    [InlineData("abc", "%c", true)]
    [InlineData("abc", "a_c", true)]
    [InlineData("abc", "a_", false)]
    [InlineData("", "%", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "%a%a%a%a%a%a%a%a%c", false)]
    [InlineData("HA-AGD-000001", "%agd%1", true)]
    public void Like_Pattern_MatchesAsSqlDoes(string text, string pattern, bool expected) =>
        Assert.Equal(expected, RowFilter.Like(text, pattern));

    private static ExportFeature Row(string code, string status, long priority, double area, bool synthetic, DateOnly? released, string? name) =>
        new(null, [code, status, priority, area, synthetic, released, name]);
}
