using System.Diagnostics.CodeAnalysis;

namespace Homeward.Records.Format;

/// <summary>
/// The outcome of reading a minefield record: the record, or every problem found, each naming its field and value. Bad
/// input is an expected outcome, so reading never throws for it. Immutable.
/// </summary>
public sealed class RecordReadResult
{
    private readonly MinefieldRecord? _value;

    private RecordReadResult(MinefieldRecord? value, IReadOnlyList<RecordError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the record was read.</summary>
    [MemberNotNullWhen(true, nameof(_value))]
    public bool Success => _value is not null;

    /// <summary>The record.</summary>
    /// <exception cref="InvalidOperationException">The record was refused; the message lists the errors.</exception>
    public MinefieldRecord Value => Success ? _value : throw new InvalidOperationException(string.Join("; ", Errors));

    /// <summary>The problems found; empty when the record was read.</summary>
    public IReadOnlyList<RecordError> Errors { get; }

    /// <summary>Gets the record if it was read.</summary>
    /// <param name="value">The record, or <see langword="null"/>.</param>
    /// <returns>Whether it was read.</returns>
    public bool TryGetValue([NotNullWhen(true)] out MinefieldRecord? value)
    {
        value = _value;
        return Success;
    }

    internal static RecordReadResult ForValue(MinefieldRecord value) => new(value, []);

    internal static RecordReadResult ForErrors(IReadOnlyList<RecordError> errors) => new(null, errors);
}
