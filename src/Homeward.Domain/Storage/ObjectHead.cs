namespace Homeward.Domain.Storage;

/// <summary>The latest stored version of an object, as a store reads it to check a change against it.</summary>
/// <param name="Version">The version number.</param>
/// <param name="Change">How that version came to be; <see cref="ChangeKind.Withdrawn"/> means the object does not exist now.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="ValidFrom">When that version was recorded (UTC, to the microsecond).</param>
/// <param name="ChangedBy">The report that made it, else the user, for messages.</param>
public sealed record ObjectHead(int Version, ChangeKind Change, ObjectKind Kind, DateTimeOffset ValidFrom, string ChangedBy)
{
    /// <summary>Whether the object exists now (its latest version is not a withdrawal).</summary>
    public bool IsLive => Change != ChangeKind.Withdrawn;
}
