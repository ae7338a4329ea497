using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Testing;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Domain.Tests.Storage;

public sealed class CommitRulesTests
{
    private static readonly DateTimeOffset At = new(2024, 5, 1, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    // Whole microseconds stay as they are.
    [InlineData(12_345_670, 12_345_670)]
    // Finer fractions are cut, never rounded up.
    [InlineData(12_345_679, 12_345_670)]
    [InlineData(9, 0)]
    public void TruncateToMicroseconds_Ticks_DropsWhatIsFinerThanAMicrosecond(long ticks, long expected) =>
        Assert.Equal(At.AddTicks(expected), CommitRules.TruncateToMicroseconds(At.AddTicks(ticks)));

    [Fact]
    public void TruncateToMicroseconds_OtherOffset_GivesTheSameInstantInUtc()
    {
        var truncated = CommitRules.TruncateToMicroseconds(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.FromHours(4)).AddTicks(15));

        Assert.Equal((TimeSpan.Zero, At.AddTicks(10)), (truncated.Offset, truncated));
    }

    [Fact]
    public void CheckChange_UpdateOfAnOlderVersion_NamesTheObjectTheVersionsAndWhoChangedIt()
    {
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);

        var conflict = CommitRules.CheckChange(Update(hazard, 2), new ObjectHead(3, ChangeKind.Updated, ObjectKind.HazardousArea, At, "FR-000009"));

        Assert.Equal((hazard.Code, 2, 3), (conflict?.Code, conflict?.ExpectedVersion, conflict?.CurrentVersion));
        Assert.Contains($"{hazard.Code} is at version 3 (changed by FR-000009), not 2 as expected", conflict!.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Created over a live object: it exists already.
    [InlineData(ChangeKind.Created, 0, ChangeKind.Created, 2, "already exists")]
    // Updated, but the latest version is a withdrawal.
    [InlineData(ChangeKind.Updated, 1, ChangeKind.Withdrawn, 0, "was withdrawn")]
    public void CheckChange_AgainstTheLatestVersion_IsAConflict(ChangeKind change, int expected, ChangeKind latest, int current, string says)
    {
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var objectChange = new ObjectChange(hazard.Id, hazard.Kind, hazard.Code, expected, change, hazard);

        var conflict = CommitRules.CheckChange(objectChange, new ObjectHead(2, latest, ObjectKind.HazardousArea, At, "FR-000001"));

        Assert.Equal(current, conflict?.CurrentVersion);
        Assert.Contains(says, conflict!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChange_CreateOfAWithdrawnObject_IsAllowed()
    {
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);

        Assert.Null(CommitRules.CheckChange(Create(hazard), new ObjectHead(2, ChangeKind.Withdrawn, ObjectKind.HazardousArea, At, "FR-000001")));
    }

    [Fact]
    public void CheckReport_CodeOfAnotherReport_IsAConflict()
    {
        var report = Report(FieldReportStatus.Draft);

        var conflict = CommitRules.CheckReport(report, 0, [(Guid.NewGuid(), report.Code, 4)]);

        Assert.Contains("already the code of another field report", conflict!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POINT (46.9 40)", 0)]
    [InlineData("POLYGON ((46.9 40, 47 40, 47 40.1, 46.9 40))", 3857)]
    public void Validate_GeometryOfTheWrongShapeOrReferenceSystem_Throws(string wkt, int srid)
    {
        var geometry = SampleObjects.Geometry(wkt);
        geometry.SRID = srid; // a geometry this test made itself
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea) with { Geometry = geometry };

        Assert.Throws<ArgumentException>(() => CommitRules.Validate(Approve(At, Create(hazard))));
    }
}
