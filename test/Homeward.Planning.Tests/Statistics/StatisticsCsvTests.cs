using Homeward.Planning.Statistics;

namespace Homeward.Planning.Tests.Statistics;

public sealed class StatisticsCsvTests
{
    [Fact]
    public void Read_ColumnsInAnyOrderWithCommentsAndEmptyCells_ReadsEveryPeriod()
    {
        const string csv = """
            # a source line
            released_m2,period_end,teams,period_start,remaining_estimate_m2

            1500.5,2020-12-31,4,2020-01-01,
            2000,2021-12-31,,2021-01-01,9000
            """;

        var read = StatisticsCsv.Read(csv);

        Assert.True(read.Success, string.Join("; ", read.Errors));
        var periods = read.Value.Periods;
        Assert.Equal(2, periods.Count);
        Assert.Equal(new DateOnly(2020, 1, 1), periods[0].Start);
        Assert.Equal(1500.5, periods[0].ReleasedM2);
        Assert.Equal(4, periods[0].Teams);
        Assert.Null(periods[0].RemainingEstimateM2);
        Assert.Null(periods[1].Teams);
        Assert.Equal(9000, periods[1].RemainingEstimateM2);
        Assert.Equal(366, periods[0].Days);
    }

    [Theory]
    [InlineData("2020-01-01,2020-12-31,-5", 3, "released_m2", "-5", "negative")]
    [InlineData("2020-01-01,2020-12-31,1e3x", 3, "released_m2", "1e3x", "not a number")]
    [InlineData("2020-01-01,2020-12-31,1,500", 3, null, null, "4 cells")]
    [InlineData("2020-13-01,2020-12-31,5", 3, "period_start", "2020-13-01", "not a date")]
    [InlineData("01/02/2020,2020-12-31,5", 3, "period_start", "01/02/2020", "not a date")]
    [InlineData("2020-06-01,2020-05-31,5", 3, "period_end", "2020-05-31", "ends before it starts")]
    [InlineData("2020-01-01,2020-12-31,", 3, "released_m2", null, "required")]
    public void Read_BadRow_RefusedNamingRowColumnAndValue(string row, int line, string? column, string? value, string message)
    {
        var csv = "period_start,period_end,released_m2\n2019-01-01,2019-12-31,100\n" + row + "\n";

        var read = StatisticsCsv.Read(csv);

        Assert.False(read.Success);
        var error = Assert.Single(read.Errors);
        Assert.Equal(line, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(value, error.Value);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-06-01,2020-05-31,5", "overlaps the period on row 2")]
    [InlineData("2018-01-01,2018-12-31,5", "not in time order")]
    public void Read_OverlappingOrUnsortedPeriods_Refused(string row, string message)
    {
        var read = StatisticsCsv.Read("period_start,period_end,released_m2\n2019-01-01,2019-12-31,100\n" + row + "\n");

        var error = Assert.Single(read.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("period_start", error.Column);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period_start,period_end", "released_m2", "missing")]
    [InlineData("period_start,period_end,released_m2,released_m2", "released_m2", "twice")]
    [InlineData("period_start,period_end,released_m2,hectares", "hectares", "not a column")]
    public void Read_BadHeader_RefusedNamingTheColumn(string header, string column, string message)
    {
        var read = StatisticsCsv.Read(header + "\n");

        Assert.Contains(read.Errors, e => e.Row == 1 && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NothingReleased_Refused()
    {
        var read = StatisticsCsv.Read("period_start,period_end,released_m2\n2019-01-01,2019-12-31,0\n");

        Assert.Contains("no period released", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_Refused() => Assert.False(StatisticsCsv.Read("# only a comment\n").Success);
}
