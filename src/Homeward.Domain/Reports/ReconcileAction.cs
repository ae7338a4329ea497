namespace Homeward.Domain.Reports;

/// <summary>What approving an item does.</summary>
public enum ReconcileAction
{
    /// <summary>Create a new object.</summary>
    Create,

    /// <summary>Update an existing object.</summary>
    Update,
}
