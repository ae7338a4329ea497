namespace Homeward.Demo;

/// <summary>
/// A generated report was refused by the review workflow. The generator only writes reports that keep every rule,
/// so this is a defect in the generator (or in a store), never a user error.
/// </summary>
public sealed class DemoApprovalException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reportTitle">The title of the refused report.</param>
    /// <param name="step">The workflow step that refused it: <c>create</c>, <c>submit</c> or <c>approve</c>.</param>
    /// <param name="refusal">Why, as the workflow gave it.</param>
    public DemoApprovalException(string reportTitle, string step, string refusal)
        : base($"The demo report '{reportTitle}' was refused at {step}: {refusal}")
    {
        ReportTitle = reportTitle;
        Step = step;
        Refusal = refusal;
    }

    /// <summary>The title of the refused report.</summary>
    public string ReportTitle { get; }

    /// <summary>The workflow step that refused it: <c>create</c>, <c>submit</c> or <c>approve</c>.</summary>
    public string Step { get; }

    /// <summary>The refusal as the workflow gave it (violations, conflict or reason).</summary>
    public string Refusal { get; }
}
