using Homeward.Domain;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;
using Xunit;

namespace Homeward.Testing.Storage;

/// <summary>
/// The read side of the store contract, as one check that a store answers every read exactly as another does: the data
/// version, the code tables, the report list, every report with its effects, every object by identity and by code with
/// its whole history, every kind listed now and as of each instant at which something changed (up to a sample of them),
/// and every spatial kind through its spatial index. Used on copies, backups restored and stores of another kind.
/// </summary>
public static class StoreReadChecks
{
    /// <summary>Asserts that <paramref name="actual"/> answers every read as <paramref name="expected"/> does.</summary>
    /// <param name="expected">The original store.</param>
    /// <param name="actual">The store checked.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task.</returns>
    public static async Task AssertAgreeAsync(IHomewardStore expected, IHomewardStore actual, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var ct = cancellationToken;
        Assert.Equal(await expected.GetDataVersionAsync(ct), await actual.GetDataVersionAsync(ct));
        Assert.Equal((await expected.GetCodeTablesAsync(ct)).AllValues, (await actual.GetCodeTablesAsync(ct)).AllValues);
        var reports = await expected.ListReportsAsync(null, ct);
        Assert.Equal(reports, await actual.ListReportsAsync(null, ct));
        foreach (var line in reports)
        {
            var left = await expected.GetReportAsync(line.Code, ct);
            var right = await actual.GetReportAsync(line.Code, ct);
            Assert.NotNull(right);
            Assert.Equal(left!.Version, right.Version);
            Assert.Equal(left.Report with { Items = [] }, right.Report with { Items = [] });
            Assert.Equal(left.Report.Items.Count, right.Report.Items.Count);
            Assert.Equal(await expected.GetReportEffectsAsync(left.Report.Id, ct), await actual.GetReportEffectsAsync(left.Report.Id, ct));
        }

        var instants = new SortedSet<DateTimeOffset>();
        foreach (var kind in Enum.GetValues<ObjectKind>())
        {
            var current = await expected.ListAsync(kind, null, ct).ToListAsync(ct);
            AssertSame(current, await actual.ListAsync(kind, null, ct).ToListAsync(ct));
            foreach (var stored in current)
            {
                AssertSame([stored], [(await actual.GetAsync(stored.State.Id, null, ct))!]);
                AssertSame([stored], [(await actual.FindByCodeAsync(stored.State.Code, null, ct))!]);
                var history = await expected.GetHistoryAsync(stored.State.Id, ct);
                var copied = await actual.GetHistoryAsync(stored.State.Id, ct);
                Assert.Equal(history.Count, copied.Count);
                foreach (var (l, r) in history.Zip(copied))
                {
                    Assert.Equal(l with { State = null }, r with { State = null });
                    if (l.State is not null)
                    {
                        ObjectAssert.Same(l.State, r.State);
                    }

                    instants.Add(l.ValidFrom);
                }
            }

            if (ObjectKindInfo.Of(kind).Shape != GeometryShape.None)
            {
                var everywhere = new Envelope(-180, 180, -90, 90);
                Assert.Equal(
                    (await expected.QueryEnvelopeAsync(kind, everywhere, ct)).Select(s => (s.State.Code, s.Version)),
                    (await actual.QueryEnvelopeAsync(kind, everywhere, ct)).Select(s => (s.State.Code, s.Version)));
            }
        }

        // As of a sample of the instants at which versions began, and just before each.
        var sample = instants.Where((_, i) => i % Math.Max(1, instants.Count / 6) == 0).ToList();
        foreach (var at in sample.SelectMany(t => new[] { t, t.AddTicks(-10) }))
        {
            foreach (var kind in Enum.GetValues<ObjectKind>())
            {
                AssertSame(await expected.ListAsync(kind, at, ct).ToListAsync(ct), await actual.ListAsync(kind, at, ct).ToListAsync(ct));
            }
        }
    }

    private static void AssertSame(List<StoredObject> expected, List<StoredObject> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (l, r) in expected.Zip(actual))
        {
            Assert.NotNull(r);
            ObjectAssert.Same(l.State, r.State);
            Assert.Equal((l.Version, l.ValidFrom, l.ReportId), (r.Version, r.ValidFrom, r.ReportId));
        }
    }
}
