namespace Homeward.Domain.Summary;

/// <summary>Devices found in one category.</summary>
/// <param name="Category">The code of <c>device_category</c>.</param>
/// <param name="Label">Its English label.</param>
/// <param name="Quantity">The number of devices.</param>
public sealed record DevicesByCategory(string Category, string Label, long Quantity);
