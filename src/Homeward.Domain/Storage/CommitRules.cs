using System.Globalization;
using Homeward.Domain.Reports;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Storage;

/// <summary>
/// The rules every store applies to a <see cref="Commit"/>, written once so that all stores refuse the same commits with
/// the same messages: the shape of a commit, the report's optimistic version, each change's expected version, the
/// uniqueness of codes and the time order of versions. Stores read what the rules need inside their write transaction.
/// </summary>
public static class CommitRules
{
    /// <summary>The SRID of every stored geometry: EPSG:4326 (X = longitude, Y = latitude, degrees).</summary>
    public const int StorageSrid = 4326;

    /// <summary>Checks the shape of a commit before anything is read or written.</summary>
    /// <param name="commit">The commit.</param>
    /// <exception cref="ArgumentNullException">The commit, its report, changes or user is missing.</exception>
    /// <exception cref="ArgumentException">
    /// A change without a new state, a state whose identity, kind or code differs from its change's, or a geometry of the
    /// wrong shape or SRID (0 and below are taken as EPSG:4326).
    /// </exception>
    public static void Validate(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Report);
        ArgumentNullException.ThrowIfNull(commit.Changes);
        ArgumentNullException.ThrowIfNull(commit.ChangedBy);
        ArgumentOutOfRangeException.ThrowIfNegative(commit.ExpectedReportVersion);
        ArgumentException.ThrowIfNullOrEmpty(commit.Report.Code);
        if (commit.StreamedItems is not null && (commit.ExpectedReportVersion != 0 || commit.Report.Items.Count > 0))
        {
            throw new ArgumentException($"Streamed items belong to a new report with no items of its own; {commit.Report.Code} is not one.", nameof(commit));
        }

        if (commit.StreamedChanges is not null && commit.Changes.Count > 0)
        {
            throw new ArgumentException($"A commit of {commit.Report.Code} has both listed and streamed changes.", nameof(commit));
        }

        foreach (var change in commit.Changes)
        {
            ValidateChange(change);
        }
    }

    /// <summary>Checks one change of a commit, as <see cref="Validate"/> does for each listed one; stores call it for streamed ones.</summary>
    /// <param name="change">The change.</param>
    /// <exception cref="ArgumentException">The change is malformed.</exception>
    public static void ValidateChange(ObjectChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrEmpty(change.Code, nameof(change));
        ArgumentOutOfRangeException.ThrowIfNegative(change.ExpectedVersion, nameof(change));
        if (change.Change == ChangeKind.Withdrawn)
        {
            return;
        }

        var state = change.NewState
            ?? throw new ArgumentException($"The {change.Change} change of {change.Code} has no new state.", nameof(change));
        if (state.Id != change.ObjectId || state.Kind != change.Kind
            || !string.Equals(state.Code, change.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The change of {change.Code} does not match its new state ({state.Kind} {state.Code}, {state.Id}).", nameof(change));
        }

        CheckGeometry(state);
    }

    /// <summary>Checks a report's expected version against what is stored under its identity or code.</summary>
    /// <param name="report">The report's new state.</param>
    /// <param name="expectedVersion">The version the commit expects (0 for a new report).</param>
    /// <param name="found">The stored reports with the report's identity or code: none, the report itself, and/or another.</param>
    /// <returns><see langword="null"/> when the report may be saved as version <paramref name="expectedVersion"/> + 1, else the conflict.</returns>
    public static CommitConflict? CheckReport(FieldReport report, int expectedVersion, IReadOnlyList<(Guid Id, string Code, int Version)> found)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(found);
        var expected = expectedVersion;
        if (found.Any(r => r.Id != report.Id))
        {
            return new CommitConflict(report.Code, expected, 0,
                $"{report.Code} is already the code of another field report; give this report a new code.");
        }

        var current = found.Count == 0 ? 0 : found[0].Version;
        if (current == expected)
        {
            return null;
        }

        return new CommitConflict(report.Code, expected, current, (current, expected) switch
        {
            (_, 0) => Text($"{report.Code} already exists (version {current}); it was saved meanwhile. Reload it and try again."),
            (0, _) => Text($"{report.Code} does not exist, not at version {expected} as expected; reload the report list."),
            _ => Text($"{report.Code} is at version {current}, not {expected} as expected: it was changed meanwhile. ") +
                "Reload it and try again.",
        });
    }

    /// <summary>Checks a change's expected version against the object's latest stored version.</summary>
    /// <param name="change">The change.</param>
    /// <param name="latest">The object's latest version, or <see langword="null"/> when it never existed.</param>
    /// <returns><see langword="null"/> when the change applies, else the conflict.</returns>
    public static CommitConflict? CheckChange(ObjectChange change, ObjectHead? latest)
    {
        ArgumentNullException.ThrowIfNull(change);
        var code = change.Code;
        var expected = change.ExpectedVersion;
        var live = latest is { IsLive: true };
        if (latest is not null && latest.Kind != change.Kind)
        {
            return new CommitConflict(code, expected, live ? latest.Version : 0,
                $"{code} names a stored {ObjectKindInfo.Of(latest.Kind).JsonName}, not a {ObjectKindInfo.Of(change.Kind).JsonName}; " +
                "review it again.");
        }

        if (change.Change == ChangeKind.Created)
        {
            return live
                ? new CommitConflict(code, expected, latest!.Version,
                    Text($"{code} already exists (version {latest.Version}, by {latest.ChangedBy}); it cannot be created again. ") +
                    "Review it again.")
                : null;
        }

        if (latest is null)
        {
            return new CommitConflict(code, expected, 0, Text($"{code} does not exist, not at version {expected} as expected; review it again."));
        }

        if (!live)
        {
            return new CommitConflict(code, expected, 0,
                Text($"{code} was withdrawn (version {latest.Version}, by {latest.ChangedBy}), not at version {expected} as expected; ") +
                "review it again.");
        }

        return latest.Version == expected
            ? null
            : new CommitConflict(code, expected, latest.Version,
                Text($"{code} is at version {latest.Version} (changed by {latest.ChangedBy}), not {expected} as expected; ") +
                "review it again.");
    }

    /// <summary>The conflict of a change whose code another live object holds.</summary>
    /// <param name="change">The change.</param>
    /// <param name="latest">The changed object's latest version, if any.</param>
    /// <param name="holder">The kind of the object that holds the code.</param>
    /// <returns>The conflict.</returns>
    public static CommitConflict CodeTaken(ObjectChange change, ObjectHead? latest, ObjectKind holder)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new CommitConflict(change.Code, change.ExpectedVersion, latest is { IsLive: true } ? latest.Version : 0,
            $"{change.Code} is already the code of another {ObjectKindInfo.Of(holder).JsonName}; give the object a new code and review it again.");
    }

    /// <summary>Checks that a commit comes after the latest version of an object it changes.</summary>
    /// <param name="commit">The commit.</param>
    /// <param name="change">The change.</param>
    /// <param name="latest">The object's latest version, if any.</param>
    /// <exception cref="ArgumentException">The commit, truncated to the microsecond, is earlier than that version.</exception>
    public static void CheckTimeOrder(Commit commit, ObjectChange change, ObjectHead? latest)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(change);
        var at = TruncateToMicroseconds(commit.At);
        if (latest is not null && latest.ValidFrom > at)
        {
            throw new ArgumentException(
                Text($"The commit is stamped {at:O}, before version {latest.Version} of {change.Code} ({latest.ValidFrom:O}); ") +
                "commits must come in time order.",
                nameof(commit));
        }
    }

    /// <summary>An instant as stores keep it: in UTC, truncated to whole microseconds.</summary>
    /// <param name="instant">The instant, in any offset.</param>
    /// <returns>The instant with offset zero and no fraction finer than a microsecond.</returns>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTimeOffset(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond)), TimeSpan.Zero);
    }

    private static void CheckGeometry(DomainObject state)
    {
        var geometry = state.Geometry;
        if (geometry is null)
        {
            return;
        }

        var shape = ObjectKindInfo.Of(state.Kind).Shape;
        var fits = shape switch
        {
            GeometryShape.Point => geometry is Point,
            GeometryShape.Polygonal => geometry is Polygon or MultiPolygon,
            GeometryShape.Any => geometry is Point or LineString or Polygon or MultiPoint or MultiLineString or MultiPolygon,
            _ => false,
        };
        if (!fits)
        {
            throw new ArgumentException(
                $"{state.Code} is a {state.Kind} and cannot have a {geometry.GeometryType} geometry (it takes {shape}).", nameof(state));
        }

        if (geometry.SRID > 0 && geometry.SRID != StorageSrid)
        {
            throw new ArgumentException(
                Text($"The geometry of {state.Code} has SRID {geometry.SRID}; the store holds EPSG:4326 (longitude, latitude) only."),
                nameof(state));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
