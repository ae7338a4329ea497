using Homeward.Domain.Validation;

namespace Homeward.Exchange.FieldReports;

/// <summary>A problem in a field-report file, named so that its author can find it.</summary>
/// <param name="Feature">The 1-based feature number, or 0 for the report header.</param>
/// <param name="Field">The field (<c>kind</c>, <c>geometry</c>, a property name), or <see langword="null"/> for the whole feature.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FieldReportFileError(int Feature, string? Field, string Message)
{
    /// <summary>The feature's item reference, when it is known.</summary>
    public string? ItemRef { get; init; }

    /// <summary>For a problem with the feature's geometry, the problem itself: its kind and coordinate (its message is <see cref="Message"/>).</summary>
    public GeometryValidationError? GeometryProblem { get; init; }

    /// <summary>The error as one line: feature (and item), field, coordinate and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Feature == 0 ? "report header" : $"feature {Feature}") + (ItemRef is null ? string.Empty : $" (item '{ItemRef}')")
        + (Field is null ? string.Empty : $", field '{Field}'") + (GeometryProblem?.Location is { } at ? $" at {at}" : string.Empty) + $": {Message}";

    /// <summary>A geometry problem of a feature.</summary>
    /// <param name="feature">The 1-based feature number.</param>
    /// <param name="itemRef">The feature's item reference.</param>
    /// <param name="problem">The problem.</param>
    /// <returns>The error, in the feature's <c>geometry</c> field.</returns>
    internal static FieldReportFileError OfGeometry(int feature, string itemRef, GeometryValidationError problem) =>
        new(feature, "geometry", problem.Message) { ItemRef = itemRef, GeometryProblem = problem };
}
