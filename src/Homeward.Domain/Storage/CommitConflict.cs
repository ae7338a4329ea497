namespace Homeward.Domain.Storage;

/// <summary>Why a store refused a <see cref="Commit"/>: something changed since the commit was decided.</summary>
/// <param name="Code">The code of the object or report that changed.</param>
/// <param name="ExpectedVersion">The version the commit expected.</param>
/// <param name="CurrentVersion">The version stored now (0 when it does not exist).</param>
/// <param name="Message">A sentence for the user that names the object and what to do.</param>
public sealed record CommitConflict(string Code, int ExpectedVersion, int CurrentVersion, string Message);
