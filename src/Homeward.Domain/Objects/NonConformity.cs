namespace Homeward.Domain.Objects;

/// <summary>A non-conformity found by a quality-management inspection.</summary>
/// <param name="Type">What was wrong, a code of <c>nonconformity_type</c>.</param>
/// <param name="Severity">A code of <c>severity</c>: <c>minor</c>, <c>major</c> or <c>critical</c>.</param>
/// <param name="CorrectiveAction">What was required to put it right.</param>
/// <param name="ClosedOn">The day it was closed, or <see langword="null"/> while open.</param>
public sealed record NonConformity(string Type, string Severity, string? CorrectiveAction = null, DateOnly? ClosedOn = null);
