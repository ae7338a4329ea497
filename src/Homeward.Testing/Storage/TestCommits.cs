using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;

namespace Homeward.Testing.Storage;

/// <summary>Builds commits the way the review workflow does.</summary>
public static class TestCommits
{
    /// <summary>The instant of the first commit of most tests (whole seconds, so every store keeps it exactly).</summary>
    public static readonly DateTimeOffset T0 = new(2024, 5, 1, 8, 30, 0, TimeSpan.Zero);

    // Numbered far above the codes a fresh store reserves (FR-000001, ...), so a test that mixes hand-made commits with
    // the workflow's reserved codes never collides, whichever test runs first in the process.
    private static int _reports = 900_000;

    /// <summary>A new report with a code of its own.</summary>
    /// <param name="status">Its status.</param>
    /// <param name="code">Its code, or <see langword="null"/> for a new one.</param>
    /// <returns>The report.</returns>
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
    /// <param name="at">When.</param>
    /// <param name="changes">The changes.</param>
    /// <returns>The commit.</returns>
    public static Commit Approve(DateTimeOffset at, params ObjectChange[] changes) => new(Report(), 0, changes, "reviewer", at);

    /// <summary>The creation of an object.</summary>
    /// <param name="state">The object.</param>
    /// <returns>The change.</returns>
    public static ObjectChange Create(DomainObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.Kind, state.Code, 0, ChangeKind.Created, state);
    }

    /// <summary>An update of an object.</summary>
    /// <param name="state">The new state.</param>
    /// <param name="expectedVersion">The version it was decided against.</param>
    /// <returns>The change.</returns>
    public static ObjectChange Update(DomainObject state, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.Kind, state.Code, expectedVersion, ChangeKind.Updated, state);
    }

    /// <summary>The withdrawal of an object.</summary>
    /// <param name="state">The object.</param>
    /// <param name="expectedVersion">The version it was decided against.</param>
    /// <returns>The change.</returns>
    public static ObjectChange Withdraw(DomainObject state, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.Kind, state.Code, expectedVersion, ChangeKind.Withdrawn, null);
    }

    /// <summary>Commits and asserts that there was no conflict.</summary>
    /// <param name="store">The store.</param>
    /// <param name="commit">The commit.</param>
    /// <returns>A task.</returns>
    public static async Task CommitOrFailAsync(this IHomewardStore store, Commit commit)
    {
        ArgumentNullException.ThrowIfNull(store);
        var conflict = await store.CommitAsync(commit, null, TestContext.Current.CancellationToken).ConfigureAwait(false);
        Assert.Null(conflict);
    }
}
