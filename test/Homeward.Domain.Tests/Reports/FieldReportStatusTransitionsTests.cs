using Homeward.Domain.Reports;

namespace Homeward.Domain.Tests.Reports;

public sealed class FieldReportStatusTransitionsTests
{
    [Theory]
    [InlineData(FieldReportStatus.Draft, FieldReportStatus.Submitted, true)]
    [InlineData(FieldReportStatus.Draft, FieldReportStatus.Approved, false)] // review comes first
    [InlineData(FieldReportStatus.Submitted, FieldReportStatus.Approved, true)]
    [InlineData(FieldReportStatus.Submitted, FieldReportStatus.Rejected, true)]
    [InlineData(FieldReportStatus.Submitted, FieldReportStatus.Draft, false)] // submitted reports never change
    [InlineData(FieldReportStatus.Approved, FieldReportStatus.Unapproved, true)]
    [InlineData(FieldReportStatus.Approved, FieldReportStatus.Rejected, false)]
    [InlineData(FieldReportStatus.Unapproved, FieldReportStatus.Approved, true)]
    [InlineData(FieldReportStatus.Rejected, FieldReportStatus.Approved, false)]
    public void IsAllowed_Transition_FollowsReview(FieldReportStatus from, FieldReportStatus to, bool allowed)
    {
        Assert.Equal(allowed, FieldReportStatusTransitions.IsAllowed(from, to));
    }
}
