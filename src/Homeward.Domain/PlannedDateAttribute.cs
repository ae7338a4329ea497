namespace Homeward.Domain;

/// <summary>
/// Marks a date property that states a plan rather than a record of what happened, so it may lie in the future
/// (imports refuse future dates elsewhere).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class PlannedDateAttribute : Attribute;
