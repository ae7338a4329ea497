using Homeward.Domain.Reports;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// The outcome of importing a maXML file: the draft field report (items for the accepted hazards and hazard reductions, the
/// file attached), the field reports rejected and why, and warnings.
/// </summary>
public sealed class MaXmlImportResult
{
    internal MaXmlImportResult(FieldReportDraft? draft, IReadOnlyList<MaXmlFieldReport> accepted, IReadOnlyList<MaXmlFieldReport> rejected,
        IReadOnlyList<MaXmlImportError> errors, IReadOnlyList<MaXmlImportError> warnings)
    {
        Draft = draft;
        Accepted = accepted;
        Rejected = rejected;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The draft to store, or <see langword="null"/> when nothing may be stored (an error, all-or-nothing).</summary>
    public FieldReportDraft? Draft { get; }

    /// <summary>The field reports in the draft.</summary>
    public IReadOnlyList<MaXmlFieldReport> Accepted { get; }

    /// <summary>The field reports left out because of an error, in the file's order.</summary>
    public IReadOnlyList<MaXmlFieldReport> Rejected { get; }

    /// <summary>Every problem; with <see cref="MaXmlImportOptions.SkipInvalid"/>, those of the rejected field reports.</summary>
    public IReadOnlyList<MaXmlImportError> Errors { get; }

    /// <summary>Problems that do not stop the import (a field report of a type Homeward does not import, for example).</summary>
    public IReadOnlyList<MaXmlImportError> Warnings { get; }
}
