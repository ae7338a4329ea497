using Homeward.Domain.Reports;

namespace Homeward.Exchange.Odk;

/// <summary>
/// The outcome of importing submissions: the draft field report (one item or more per accepted submission, the photos
/// attached), the submissions rejected and why, and warnings.
/// </summary>
public sealed class FormImportResult
{
    internal FormImportResult(FieldReportDraft? draft, IReadOnlyList<string> accepted, IReadOnlyList<FormImportError> errors,
        IReadOnlyList<FormImportError> warnings, string? form)
    {
        Draft = draft;
        Accepted = accepted;
        Errors = errors;
        Warnings = warnings;
        Form = form;
    }

    /// <summary>The draft to store, or <see langword="null"/> when nothing may be stored (an error, all-or-nothing).</summary>
    public FieldReportDraft? Draft { get; }

    /// <summary>The instance IDs of the submissions in the draft.</summary>
    public IReadOnlyList<string> Accepted { get; }

    /// <summary>Every problem; with <see cref="FormImportOptions.SkipInvalid"/>, those of the rejected submissions.</summary>
    public IReadOnlyList<FormImportError> Errors { get; }

    /// <summary>The instance IDs of the submissions left out, in the export's order.</summary>
    public IReadOnlyList<string> Rejected => [.. Errors.Select(e => e.InstanceId).Distinct(StringComparer.Ordinal)];

    /// <summary>Problems that do not stop the import (a photo missing from the export, a poor GPS accuracy, a position outside the region).</summary>
    public IReadOnlyList<FormImportError> Warnings { get; }

    /// <summary>The Homeward form the submissions were read as, if it was known.</summary>
    public string? Form { get; }
}
