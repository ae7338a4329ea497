namespace Homeward.Domain.Storage;

/// <summary>One change to one object within a <see cref="Commit"/>.</summary>
/// <param name="ObjectId">The object.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Code">Its code.</param>
/// <param name="ExpectedVersion">The version the change was decided against: 0 when the object must not exist yet.</param>
/// <param name="Change">What the change is.</param>
/// <param name="NewState">The new state; <see langword="null"/> only for <see cref="ChangeKind.Withdrawn"/>.</param>
public sealed record ObjectChange(Guid ObjectId, ObjectKind Kind, string Code, int ExpectedVersion, ChangeKind Change, DomainObject? NewState);
