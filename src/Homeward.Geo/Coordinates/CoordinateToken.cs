namespace Homeward.Geo.Coordinates;

/// <summary>One token of a coordinate text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">The zero-based index of its first character.</param>
/// <param name="Text">Its characters, as written.</param>
internal readonly record struct CoordinateToken(CoordinateTokenKind Kind, int Start, string Text)
{
    /// <summary>The upper-cased letter of a <see cref="CoordinateTokenKind.Letter"/> token.</summary>
    public char Letter => char.ToUpperInvariant(Text[0]) switch
    {
        'Х' => 'X', // Cyrillic Kha, the Soviet northing label.
        'У' => 'Y', // Cyrillic U, the Soviet easting label.
        var c => c,
    };

    /// <summary>Whether a number token has a leading + or −.</summary>
    public bool HasSign => Text[0] is '+' or '-';

    /// <summary>Whether a number token has a fractional part.</summary>
    public bool HasFraction => Text.Contains('.', StringComparison.Ordinal);

    /// <summary>Whether a number token is a plain run of digits.</summary>
    public bool IsDigits => !HasSign && !HasFraction;

    public bool Is(CoordinateTokenKind kind) => Kind == kind;

    public bool IsLetter(char letter) => Kind == CoordinateTokenKind.Letter && Letter == letter;
}
