using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// The outcome of reading a coordinate text: either a value or a <see cref="CoordinateParseError"/>. Bad input is an
/// expected outcome, so parsing never throws for it. Immutable and thread-safe.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, CoordinateParseError? error)
    {
        // Invariant: a failed result carries an error; a successful one carries none.
        _value = value;
        Error = error;
    }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The text was not read; the message is the error's.</exception>
    public T Value => Success
        ? _value! // Set by ForValue: the caller's T, null only if T allows it.
        : throw new InvalidOperationException(Error.Message);

    /// <summary>Why the text was not read, or <see langword="null"/> if it was.</summary>
    public CoordinateParseError? Error { get; }

    /// <summary>Gets the value if the text was read.</summary>
    /// <param name="value">The value, or <c>default</c> if the text was not read.</param>
    /// <returns>Whether the text was read.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>The value or the error's message, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? string.Create(CultureInfo.InvariantCulture, $"{_value}") : Error.Message;

    internal static ParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>The same outcome with the value, if any, converted.</summary>
    internal ParseResult<TResult> Select<TResult>(Func<T, TResult> selector) =>
        Success ? ParseResult<TResult>.ForValue(selector(Value)) : ParseResult<TResult>.ForError(Error);

    internal static ParseResult<T> ForError(CoordinateParseError error)
    {
        Debug.Assert(error is not null, "A failed result needs its error.");
        return new(default, error);
    }
}
