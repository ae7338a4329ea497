namespace Homeward.Exchange.Odk;

/// <summary>One submission of a form, as ODK Central or KoboToolbox exported it.</summary>
/// <param name="InstanceId">The instance ID (<c>uuid:...</c>), unique per submission.</param>
/// <param name="Record">The answers.</param>
public sealed record FormSubmission(string InstanceId, SubmissionRecord Record)
{
    /// <summary>The form version the submission was made with (<c>FormVersion</c>, <c>__system.formVersion</c>, <c>__version__</c>).</summary>
    public string? FormVersion { get; init; }

    /// <summary>Who submitted it (<c>SubmitterName</c>, <c>__system.submitterName</c>, <c>_submitted_by</c>).</summary>
    public string? Submitter { get; init; }

    /// <summary>When the server received it, as the export wrote it.</summary>
    public string? SubmittedAt { get; init; }

    /// <summary>The attachment file names the export lists for this submission (Kobo's <c>_attachments</c>), with their paths in the export.</summary>
    public IReadOnlyDictionary<string, string> AttachmentPaths { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
