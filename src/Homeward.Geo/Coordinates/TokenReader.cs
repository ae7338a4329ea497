namespace Homeward.Geo.Coordinates;

/// <summary>Reads the tokens of a coordinate text one after another, and makes errors that point at the current one.</summary>
internal sealed class TokenReader(string text, List<CoordinateToken> tokens)
{
    private int _index;

    public string Text => text;

    /// <summary>Whether every token has been read.</summary>
    public bool AtEnd => _index == tokens.Count;

    /// <summary>The next token, or <see langword="null"/> at the end.</summary>
    public CoordinateToken? Peek => AtEnd ? null : tokens[_index];

    /// <summary>The position of the next token, or the text's length at the end.</summary>
    public int Position => AtEnd ? text.Length : tokens[_index].Start;

    /// <summary>Reads the next token if it is of the given kind.</summary>
    public bool TryRead(CoordinateTokenKind kind, out CoordinateToken token)
    {
        if (!AtEnd && tokens[_index].Is(kind))
        {
            token = tokens[_index++];
            return true;
        }

        token = default;
        return false;
    }

    /// <summary>Skips the next token if it is of the given kind.</summary>
    public void Skip(CoordinateTokenKind kind) => TryRead(kind, out _);

    /// <summary>An error at the next token (or the end).</summary>
    public CoordinateParseError Expected(string expected) => new(text, Position, expected);

    /// <summary>An error at a position.</summary>
    public CoordinateParseError Expected(int position, string expected) => new(text, position, expected);

    /// <summary>An error at a token already read.</summary>
    public CoordinateParseError Expected(CoordinateToken at, string expected) => new(text, at.Start, expected);
}
