using System.Diagnostics.CodeAnalysis;

namespace Homeward.Planning.Statistics;

/// <summary>
/// The outcome of reading a programme's statistics: the statistics, or every problem found, each naming its row, column and
/// value. Bad input is an expected outcome, so reading never throws for it. Immutable.
/// </summary>
public sealed class StatisticsReadResult
{
    private readonly ProgrammeStatistics? _value;

    private StatisticsReadResult(ProgrammeStatistics? value, IReadOnlyList<StatisticsError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the statistics were read.</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    public bool Success => _value is not null;

    /// <summary>The statistics.</summary>
    /// <exception cref="InvalidOperationException">They were refused; the message lists the errors.</exception>
    public ProgrammeStatistics Value => Success ? _value : throw new InvalidOperationException(string.Join("; ", Errors));

    /// <summary>The problems found; empty when the statistics were read.</summary>
    public IReadOnlyList<StatisticsError> Errors { get; }

    /// <summary>Gets the statistics if they were read.</summary>
    /// <param name="value">The statistics, or <see langword="null"/>.</param>
    /// <returns>Whether they were read.</returns>
    public bool TryGetValue([NotNullWhen(true)] out ProgrammeStatistics? value)
    {
        value = _value;
        return Success;
    }

    internal static StatisticsReadResult ForValue(ProgrammeStatistics value) => new(value, []);

    internal static StatisticsReadResult ForErrors(IReadOnlyList<StatisticsError> errors) => new(null, errors);
}
