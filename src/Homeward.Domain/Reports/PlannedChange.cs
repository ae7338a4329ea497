using Homeward.Domain.Storage;

namespace Homeward.Domain.Reports;

/// <summary>What approving one report item would do: the object's new state, and the object it updates, if any.</summary>
/// <param name="Item">The item.</param>
/// <param name="Target">The object updated, or <see langword="null"/> when the item creates one.</param>
/// <param name="State">The object's state after approval. Its code is empty until one is reserved.</param>
public sealed record PlannedChange(FieldReportItem Item, StoredObject? Target, DomainObject State)
{
    /// <summary>Whether the item creates a new object.</summary>
    public bool IsCreate => Target is null;
}
