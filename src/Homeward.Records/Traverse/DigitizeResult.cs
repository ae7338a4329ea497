using System.Diagnostics.CodeAnalysis;
using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>The outcome of computing a record: the minefield, or why the record was refused (each error names its field and value). Immutable.</summary>
public sealed class DigitizeResult
{
    private readonly DigitizedMinefield? _value;

    private DigitizeResult(DigitizedMinefield? value, IReadOnlyList<RecordError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the record was computed.</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    public bool Success => _value is not null;

    /// <summary>The computed minefield.</summary>
    /// <exception cref="InvalidOperationException">The record was refused; the message lists the errors.</exception>
    public DigitizedMinefield Value => Success ? _value : throw new InvalidOperationException(string.Join("; ", Errors));

    /// <summary>Why the record was refused; empty on success.</summary>
    public IReadOnlyList<RecordError> Errors { get; }

    /// <summary>Gets the minefield if the record was computed.</summary>
    /// <param name="value">The minefield, or <see langword="null"/>.</param>
    /// <returns>Whether it was computed.</returns>
    public bool TryGetValue([NotNullWhen(true)] out DigitizedMinefield? value)
    {
        value = _value;
        return Success;
    }

    internal static DigitizeResult ForValue(DigitizedMinefield value) => new(value, []);

    internal static DigitizeResult ForErrors(IReadOnlyList<RecordError> errors) => new(null, errors);
}
