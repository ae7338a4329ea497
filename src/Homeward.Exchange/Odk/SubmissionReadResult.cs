namespace Homeward.Exchange.Odk;

/// <summary>The submissions read from an export, or why the export could not be read at all.</summary>
public sealed class SubmissionReadResult
{
    private SubmissionReadResult(IReadOnlyList<FormSubmission> submissions, string? error, string source)
    {
        Submissions = submissions;
        Error = error;
        Source = source;
    }

    /// <summary>The submissions, in the export's order; empty on failure.</summary>
    public IReadOnlyList<FormSubmission> Submissions { get; }

    /// <summary>Why the export could not be read (naming the file, line or element), or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>What the export was recognised as: <c>odk-central-csv</c>, <c>odk-central-json</c>, <c>kobo-csv</c>, <c>kobo-json</c>.</summary>
    public string Source { get; }

    /// <summary>Whether the export was read.</summary>
    public bool Success => Error is null;

    internal static SubmissionReadResult Ok(IReadOnlyList<FormSubmission> submissions, string source) => new(submissions, null, source);

    internal static SubmissionReadResult Failed(string error, string source = "unknown") => new([], error, source);
}
