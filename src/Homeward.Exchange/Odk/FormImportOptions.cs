using Homeward.Geo.Validation;

namespace Homeward.Exchange.Odk;

/// <summary>How submissions are imported. Immutable.</summary>
public sealed record FormImportOptions
{
    /// <summary>The checks every geometry passes (the deployment's region and thresholds).</summary>
    public required GeometryValidator Validator { get; init; }

    /// <summary>The form, when the export does not say (<c>--form</c>); otherwise read from the <c>homeward_form</c> field.</summary>
    public string? Form { get; init; }

    /// <summary>Whether to take the good submissions and list the others, instead of refusing the whole export.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The accuracy above which a GPS position draws a warning, in metres.</summary>
    public double WarnAccuracyMetres { get; init; } = 25;

    /// <summary>The name of the export, for the report's title.</summary>
    public string SourceName { get; init; } = "export";
}
