using Homeward.Domain.Reports;

namespace Homeward.Exchange.FieldReports;

/// <summary>The outcome of reading a field-report file: the draft, or every problem found.</summary>
public sealed class FieldReportFileResult
{
    private readonly FieldReportDraft? _draft;

    private FieldReportFileResult(FieldReportDraft? draft, IReadOnlyList<FieldReportFileError> errors)
    {
        _draft = draft;
        Errors = errors;
    }

    /// <summary>Whether the file was read without problems.</summary>
    public bool Success => _draft is not null;

    /// <summary>The draft read.</summary>
    /// <exception cref="InvalidOperationException">The file had problems.</exception>
    public FieldReportDraft Value => _draft ?? throw new InvalidOperationException("The file has errors: " + string.Join("; ", Errors));

    /// <summary>The problems; empty on success.</summary>
    public IReadOnlyList<FieldReportFileError> Errors { get; }

    /// <summary>Gets the draft if there is one.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>Whether the file was read without problems.</returns>
    public bool TryGetValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FieldReportDraft? draft)
    {
        draft = _draft;
        return draft is not null;
    }

    internal static FieldReportFileResult Ok(FieldReportDraft draft) => new(draft, []);

    internal static FieldReportFileResult Failed(IReadOnlyList<FieldReportFileError> errors) => new(null, errors);
}
