using System.Diagnostics.CodeAnalysis;

namespace Homeward.Planning.Backtesting;

/// <summary>The outcome of a back-test: the back-test, or why it cannot be made (an expected outcome, never thrown). Immutable.</summary>
public sealed class StatisticsBacktestResult
{
    private readonly StatisticsBacktest? _value;

    private StatisticsBacktestResult(StatisticsBacktest? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether the back-test was made.</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => _value is not null;

    /// <summary>The back-test.</summary>
    /// <exception cref="InvalidOperationException">It could not be made; the message says why.</exception>
    public StatisticsBacktest Value => Success ? _value : throw new InvalidOperationException(Error);

    /// <summary>Why the back-test could not be made; <see langword="null"/> when it was.</summary>
    public string? Error { get; }

    /// <summary>Gets the back-test if it was made.</summary>
    /// <param name="value">The back-test, or <see langword="null"/>.</param>
    /// <returns>Whether it was made.</returns>
    public bool TryGetValue([NotNullWhen(true)] out StatisticsBacktest? value)
    {
        value = _value;
        return Success;
    }

    internal static StatisticsBacktestResult ForValue(StatisticsBacktest value) => new(value, null);

    internal static StatisticsBacktestResult ForError(string error) => new(null, error);
}
