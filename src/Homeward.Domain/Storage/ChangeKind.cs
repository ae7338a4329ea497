namespace Homeward.Domain.Storage;

/// <summary>How a version of an object came to be.</summary>
public enum ChangeKind
{
    /// <summary>The object was created.</summary>
    Created,

    /// <summary>The object was updated.</summary>
    Updated,

    /// <summary>The object was restored to an earlier state when the report that changed it was unapproved.</summary>
    Reverted,

    /// <summary>The object was withdrawn when the report that created it was unapproved; it no longer exists.</summary>
    Withdrawn,
}
