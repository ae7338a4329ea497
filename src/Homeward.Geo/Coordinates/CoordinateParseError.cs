using System.Globalization;

namespace Homeward.Geo.Coordinates;

/// <summary>Why a coordinate text could not be read: the text, where reading stopped, and what was expected there.</summary>
/// <param name="Text">The whole input text.</param>
/// <param name="Position">The zero-based index of the character where the problem is; the text's length if it ended too early.</param>
/// <param name="Expected">What was expected at that position, for example <c>minutes below 60</c>.</param>
public sealed record CoordinateParseError(string Text, int Position, string Expected)
{
    /// <summary>
    /// The error in words, invariant English, for example
    /// <c>Expected minutes below 60 at position 3, found "75'N" in "39°75'N 46°55'E".</c>
    /// </summary>
    public string Message =>
        string.Create(CultureInfo.InvariantCulture, $"Expected {Expected} at position {Position}, found {Found} in \"{Text}\".");

    private string Found
    {
        get
        {
            if (Position >= Text.Length)
            {
                return "the end of the text";
            }

            // Up to the next blank, so the message shows the offending token rather than one character or the whole rest.
            var end = Text.IndexOfAny([' ', '\t', ','], Position + 1);
            return "\"" + Text[Position..(end < 0 ? Text.Length : end)] + "\"";
        }
    }

    /// <summary>The same as <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
