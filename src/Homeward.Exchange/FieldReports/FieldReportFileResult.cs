using Homeward.Domain.Reports;

namespace Homeward.Exchange.FieldReports;

/// <summary>The outcome of reading a field-report file: the draft, or every problem found; and warnings either way.</summary>
public sealed class FieldReportFileResult
{
    private readonly FieldReportDraft? _draft;

    private FieldReportFileResult(FieldReportDraft? draft, IReadOnlyList<FieldReportFileError> errors, IReadOnlyList<FieldReportFileError> warnings)
    {
        _draft = draft;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Whether the file was read without problems.</summary>
    public bool Success => _draft is not null;

    /// <summary>The draft read.</summary>
    /// <exception cref="InvalidOperationException">The file had problems.</exception>
    public FieldReportDraft Value => _draft ?? throw new InvalidOperationException("The file has errors: " + string.Join("; ", Errors));

    /// <summary>The problems; empty on success.</summary>
    public IReadOnlyList<FieldReportFileError> Errors { get; }

    /// <summary>
    /// Geometry problems that do not stop the file being read as a draft but that review will refuse (longitude and
    /// latitude swapped, a position outside the deployment region, a ring too small to be real).
    /// </summary>
    public IReadOnlyList<FieldReportFileError> Warnings { get; }

    /// <summary>Gets the draft if there is one.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>Whether the file was read without problems.</returns>
    public bool TryGetValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FieldReportDraft? draft)
    {
        draft = _draft;
        return draft is not null;
    }

    internal static FieldReportFileResult Ok(FieldReportDraft draft, IReadOnlyList<FieldReportFileError> warnings) => new(draft, [], warnings);

    internal static FieldReportFileResult Failed(IReadOnlyList<FieldReportFileError> errors, IReadOnlyList<FieldReportFileError>? warnings = null) =>
        new(null, errors, warnings ?? []);
}
