using Homeward.Planning.Model;

namespace Homeward.Planning.Tests.Plans;

public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Calendar = new(new DateOnly(2027, 12, 15), 5, (12, 20), (2, 10), [(1, 1), (3, 21)]);

    [Theory]
    [InlineData("2027-12-15", true)] // Wednesday
    [InlineData("2027-12-18", false)] // Saturday
    [InlineData("2027-12-20", false)] // stand-down starts
    [InlineData("2028-01-05", false)] // inside the stand-down across the new year
    [InlineData("2028-02-10", false)] // last day of the stand-down
    [InlineData("2028-02-11", true)] // Friday after it
    [InlineData("2028-03-21", false)] // holiday (Tuesday)
    public void IsWorkDay_Cases(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DateOf_IndexOf_RoundTripOverYears()
    {
        for (var i = 0; i < 1500; i += 7)
        {
            var date = Calendar.DateOf(i);
            Assert.True(Calendar.IsWorkDay(date));
            Assert.Equal(i, Calendar.IndexOf(date));
        }

        // Between 2027-12-17 (index 2) and 2028-02-11 there is no working day.
        Assert.Equal(new DateOnly(2027, 12, 17), Calendar.DateOf(2));
        Assert.Equal(new DateOnly(2028, 2, 11), Calendar.DateOf(3));
    }
}
