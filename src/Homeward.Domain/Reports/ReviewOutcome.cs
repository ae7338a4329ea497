using Homeward.Domain.Storage;
using Homeward.Domain.Validation;

namespace Homeward.Domain.Reports;

/// <summary>
/// What a step of the review workflow came to: the report in its new state, or why the step was refused
/// (rules the items break, a conflicting change, or a step the report's status does not allow). Nothing is
/// stored when a step is refused.
/// </summary>
public sealed class ReviewOutcome
{
    private readonly FieldReport? _report;

    private ReviewOutcome(FieldReport? report, IReadOnlyList<InvariantViolation> violations, CommitConflict? conflict, string? refusal,
        IReadOnlyList<ReportEffect> effects)
    {
        _report = report;
        Violations = violations;
        Conflict = conflict;
        Refusal = refusal;
        Effects = effects;
    }

    /// <summary>Whether the step was carried out.</summary>
    public bool Success => _report is not null;

    /// <summary>The report after the step.</summary>
    /// <exception cref="InvalidOperationException">The step was refused.</exception>
    public FieldReport Report => _report ?? throw new InvalidOperationException($"The step was refused: {Error}");

    /// <summary>The changes the step made to objects (for approve and unapprove).</summary>
    public IReadOnlyList<ReportEffect> Effects { get; }

    /// <summary>The rules the report's items break; empty unless refused for that reason.</summary>
    public IReadOnlyList<InvariantViolation> Violations { get; }

    /// <summary>The conflicting change, if refused for that reason.</summary>
    public CommitConflict? Conflict { get; }

    /// <summary>Why the step is not allowed (unknown report, wrong status, missing reason), if refused for that reason.</summary>
    public string? Refusal { get; }

    /// <summary>Whether the step was refused because of a conflicting change.</summary>
    public bool IsConflict => Conflict is not null;

    /// <summary>A one-paragraph description of why the step was refused, or <see langword="null"/> on success.</summary>
    public string? Error => Success ? null
        : Refusal ?? Conflict?.Message ?? string.Join(Environment.NewLine, Violations.Select(v => v.ToString()));

    /// <summary>The step was carried out.</summary>
    /// <param name="report">The report after it.</param>
    /// <param name="effects">The changes it made to objects.</param>
    /// <returns>The outcome.</returns>
    public static ReviewOutcome Done(FieldReport report, IReadOnlyList<ReportEffect>? effects = null) =>
        new(report ?? throw new ArgumentNullException(nameof(report)), [], null, null, effects ?? []);

    /// <summary>The report's items break rules.</summary>
    /// <param name="violations">The rules broken; at least one.</param>
    /// <returns>The outcome.</returns>
    public static ReviewOutcome Invalid(IReadOnlyList<InvariantViolation> violations)
    {
        ArgumentOutOfRangeException.ThrowIfZero(violations.Count);
        return new(null, violations, null, null, []);
    }

    /// <summary>Something changed since the step was decided.</summary>
    /// <param name="conflict">The conflict.</param>
    /// <returns>The outcome.</returns>
    public static ReviewOutcome Conflicted(CommitConflict conflict) =>
        new(null, [], conflict ?? throw new ArgumentNullException(nameof(conflict)), null, []);

    /// <summary>The step is not allowed.</summary>
    /// <param name="reason">Why, in one sentence.</param>
    /// <returns>The outcome.</returns>
    public static ReviewOutcome Refused(string reason) => new(null, [], null, reason, []);
}
