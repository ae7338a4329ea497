using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>Builds commits the way the review workflow does.</summary>
internal static class TestCommits
{
    public static readonly DateTimeOffset T0 = new(2024, 5, 1, 8, 30, 0, TimeSpan.Zero);

    private static int _reports;

    public static FieldReport Report(FieldReportStatus status = FieldReportStatus.Approved, string? code = null) => new()
    {
        Id = Guid.NewGuid(),
        Code = code ?? $"FR-{Interlocked.Increment(ref _reports):D6}",
        Title = "Survey of the north orchard",
        FormType = "hazard-survey",
        Status = status,
        CreatedBy = "officer",
        CreatedAt = T0,
    };

    /// <summary>A new report approved at once with <paramref name="changes"/>.</summary>
    public static Commit Approve(DateTimeOffset at, params ObjectChange[] changes) => new(Report(), 0, changes, "reviewer", at);

    public static ObjectChange Create(DomainObject state) => new(state.Id, state.Kind, state.Code, 0, ChangeKind.Created, state);

    public static ObjectChange Update(DomainObject state, int expectedVersion) =>
        new(state.Id, state.Kind, state.Code, expectedVersion, ChangeKind.Updated, state);

    public static ObjectChange Withdraw(DomainObject state, int expectedVersion) =>
        new(state.Id, state.Kind, state.Code, expectedVersion, ChangeKind.Withdrawn, null);

    public static async Task CommitOrFailAsync(this IHomewardStore store, Commit commit)
    {
        var conflict = await store.CommitAsync(commit, null, TestContext.Current.CancellationToken);
        Assert.Null(conflict);
    }
}
