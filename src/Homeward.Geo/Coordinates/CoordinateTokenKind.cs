namespace Homeward.Geo.Coordinates;

/// <summary>The kinds of token a coordinate text is made of.</summary>
internal enum CoordinateTokenKind
{
    /// <summary>A decimal number, optionally signed: <c>39</c>, <c>-46.9269</c>, <c>0664506</c>.</summary>
    Number,

    /// <summary>One letter, upper-cased; the Cyrillic Х and У of Soviet records become X and Y.</summary>
    Letter,

    /// <summary>°, º or ˚.</summary>
    DegreeSign,

    /// <summary>', ′, ’ or ´.</summary>
    MinuteSign,

    /// <summary>", ″, ” or two minute signs.</summary>
    SecondSign,

    /// <summary>A comma or semicolon between the two halves of a position.</summary>
    Separator,

    /// <summary>= or : after a label such as X.</summary>
    Assignment,
}
