using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Homeward.Exchange.Export;

/// <summary>
/// A small, safe filter over a layer's columns, parsed here and evaluated in memory (never passed to a database):
/// comparisons <c>field = value</c>, <c>!=</c> (or <c>&lt;&gt;</c>), <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>,
/// <c>field in (a, b)</c>, <c>field like 'AGD%'</c> (<c>%</c> any text, <c>_</c> one character, case-insensitive),
/// <c>field is null</c>, <c>field is not null</c>, combined with <c>and</c>, <c>or</c>, <c>not</c> and parentheses.
/// Text values are in single quotes (<c>''</c> for a quote), numbers plain, booleans <c>true</c>/<c>false</c>, dates
/// <c>'yyyy-mm-dd'</c>. As in SQL, a comparison with an empty (null) field is false. Thread-safe once parsed.
/// </summary>
public sealed class RowFilter
{
    private readonly Node _root;

    private RowFilter(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The filter as written.</summary>
    public string Text { get; }

    /// <summary>Parses a filter against a layer's columns.</summary>
    /// <param name="text">The filter.</param>
    /// <param name="schema">The layer whose columns it may name.</param>
    /// <param name="filter">The filter, when it parses.</param>
    /// <param name="error">What is wrong, naming the unknown field and listing the fields, when it does not.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string text, ExportLayerSchema schema, [NotNullWhen(true)] out RowFilter? filter, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schema);
        filter = null;
        var parser = new Parser(text, schema);
        if (!parser.TryParse(out var root, out error))
        {
            return false;
        }

        filter = new RowFilter(text, root);
        return true;
    }

    /// <summary>Whether a row passes the filter.</summary>
    /// <param name="feature">A row of the layer the filter was parsed for.</param>
    /// <returns>Whether it passes.</returns>
    public bool Matches(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return _root.Evaluate(feature.Values);
    }

    /// <summary>Whether <paramref name="text"/> matches a LIKE pattern (<c>%</c>, <c>_</c>), ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pattern">The pattern.</param>
    /// <returns>Whether it matches.</returns>
    internal static bool Like(string text, string pattern)
    {
        // Two pointers, backtracking only to the last '%': linear in practice, never exponential.
        int t = 0, p = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '_' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '%')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private abstract record Node
    {
        public abstract bool Evaluate(IReadOnlyList<object?> values);
    }

    private sealed record And(Node Left, Node Right) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => Left.Evaluate(values) && Right.Evaluate(values);
    }

    private sealed record Or(Node Left, Node Right) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => Left.Evaluate(values) || Right.Evaluate(values);
    }

    private sealed record Not(Node Inner) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => !Inner.Evaluate(values);
    }

    private sealed record IsNull(int Field) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => values[Field] is null;
    }

    private sealed record Compare(int Field, string Operator, object Value) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values)
        {
            if (values[Field] is not { } actual)
            {
                return false;
            }

            var order = actual switch
            {
                string text => string.CompareOrdinal(text, (string)Value),
                long number => Value is double d ? ((double)number).CompareTo(d) : number.CompareTo((long)Value),
                double number => number.CompareTo(Convert.ToDouble(Value, CultureInfo.InvariantCulture)),
                bool flag => flag.CompareTo((bool)Value),
                DateOnly day => day.CompareTo((DateOnly)Value),
                _ => throw new InvalidOperationException($"A {actual.GetType().Name} value cannot be compared."),
            };
            return Operator switch
            {
                "=" => order == 0,
                "!=" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            };
        }
    }

    private sealed record In(IReadOnlyList<Compare> Options) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => Options.Any(o => o.Evaluate(values));
    }

    private sealed record LikeNode(int Field, string Pattern) : Node
    {
        public override bool Evaluate(IReadOnlyList<object?> values) => values[Field] switch
        {
            null => false,
            string text => Like(text, Pattern),
            var other => Like(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty, Pattern),
        };
    }

    private sealed class Parser(string text, ExportLayerSchema schema)
    {
        private readonly List<(string Kind, string Text, int Position)> _tokens = [];
        private int _next;
        private string? _error;

        public bool TryParse([NotNullWhen(true)] out Node? root, [NotNullWhen(false)] out string? error)
        {
            root = null;
            if (!Tokenize())
            {
                error = _error!;
                return false;
            }

            if (_tokens.Count == 0)
            {
                error = "the filter is empty.";
                return false;
            }

            root = ParseOr();
            if (_error is null && _next < _tokens.Count)
            {
                Fail($"unexpected '{_tokens[_next].Text}'");
            }

            error = _error;
            if (error is not null)
            {
                root = null;
                return false;
            }

            return root is not null;
        }

        private Node? ParseOr()
        {
            var left = ParseAnd();
            while (left is not null && Accept("or"))
            {
                var right = ParseAnd();
                left = right is null ? null : new Or(left, right);
            }

            return left;
        }

        private Node? ParseAnd()
        {
            var left = ParseUnary();
            while (left is not null && Accept("and"))
            {
                var right = ParseUnary();
                left = right is null ? null : new And(left, right);
            }

            return left;
        }

        private Node? ParseUnary()
        {
            if (Accept("not"))
            {
                var inner = ParseUnary();
                return inner is null ? null : new Not(inner);
            }

            if (AcceptSymbol("("))
            {
                var inner = ParseOr();
                return inner is null ? null : ExpectSymbol(")") ? inner : null;
            }

            return ParseCondition();
        }

        private Node? ParseCondition()
        {
            if (_next >= _tokens.Count || _tokens[_next].Kind != "name" || IsKeyword(_tokens[_next].Text))
            {
                return Fail(_next < _tokens.Count ? $"expected a field name at '{_tokens[_next].Text}'" : "expected a field name at the end");
            }

            var name = _tokens[_next++].Text;
            var field = schema.IndexOf(name);
            if (field < 0)
            {
                return Fail($"unknown field '{name}' in layer {schema.Name}; its fields are: {string.Join(", ", schema.Fields.Select(f => f.Name))}");
            }

            if (Accept("is"))
            {
                var negated = Accept("not");
                return !Accept("null") ? Fail("expected 'null' after 'is'") : negated ? new Not(new IsNull(field)) : new IsNull(field);
            }

            var not = Accept("not");
            if (Accept("in"))
            {
                if (!ExpectSymbol("("))
                {
                    return null;
                }

                var options = new List<Compare>();
                do
                {
                    if (ParseValue(field) is not { } value)
                    {
                        return null;
                    }

                    options.Add(new Compare(field, "=", value));
                }
                while (AcceptSymbol(","));

                return !ExpectSymbol(")") ? null : not ? new Not(new In(options)) : new In(options);
            }

            if (Accept("like"))
            {
                if (_next >= _tokens.Count || _tokens[_next].Kind != "string")
                {
                    return Fail("expected a quoted pattern after 'like'");
                }

                var like = new LikeNode(field, _tokens[_next++].Text);
                return not ? new Not(like) : like;
            }

            if (not)
            {
                return Fail("expected 'in' or 'like' after 'not'");
            }

            if (_next >= _tokens.Count || _tokens[_next].Kind != "operator")
            {
                return Fail($"expected a comparison (=, !=, <, <=, >, >=, in, like, is null) after '{name}'");
            }

            var op = _tokens[_next++].Text;
            return ParseValue(field) is { } operand ? new Compare(field, op == "<>" ? "!=" : op, operand) : null;
        }

        private object? ParseValue(int field)
        {
            if (_next >= _tokens.Count)
            {
                return Fail("expected a value at the end");
            }

            var (kind, token, _) = _tokens[_next++];
            var column = schema.Fields[field];
            switch (column.Type)
            {
                case ExportFieldType.WholeNumber or ExportFieldType.Real when kind == "number":
                    return column.Type == ExportFieldType.WholeNumber && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                        ? whole
                        : double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
                case ExportFieldType.Boolean when kind == "name" && token.ToLowerInvariant() is "true" or "false":
                    return token.Equals("true", StringComparison.OrdinalIgnoreCase);
                case ExportFieldType.Date when kind == "string":
                    return DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? day
                        : Fail($"'{token}' is not a date (yyyy-mm-dd) for field {column.Name}");
                case ExportFieldType.Text or ExportFieldType.Json when kind == "string":
                    return token;
                default:
                    var expected = column.Type switch
                    {
                        ExportFieldType.WholeNumber or ExportFieldType.Real => "a number",
                        ExportFieldType.Boolean => "true or false",
                        ExportFieldType.Date => "a date in quotes ('2024-05-01')",
                        _ => "text in single quotes",
                    };
                    return Fail($"field {column.Name} takes {expected}, not {token}");
            }
        }

        private bool Tokenize()
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (char.IsAsciiLetter(c) || c == '_')
                {
                    var start = i;
                    while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                    {
                        i++;
                    }

                    _tokens.Add(("name", text[start..i], start));
                }
                else if (char.IsAsciiDigit(c) || ((c == '-' || c == '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                {
                    var start = i++;
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or 'e' or 'E'
                        || (text[i] is '-' or '+' && text[i - 1] is 'e' or 'E')))
                    {
                        i++;
                    }

                    if (!double.TryParse(text[start..i], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        _error = $"'{text[start..i]}' is not a number (at character {start + 1})";
                        return false;
                    }

                    _tokens.Add(("number", text[start..i], start));
                }
                else if (c == '\'')
                {
                    var start = i++;
                    var value = new System.Text.StringBuilder();
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            _error = $"the text starting at character {start + 1} has no closing quote";
                            return false;
                        }

                        if (text[i] == '\'')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '\'')
                            {
                                value.Append('\'');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        value.Append(text[i++]);
                    }

                    _tokens.Add(("string", value.ToString(), start));
                }
                else if (c is '(' or ')' or ',')
                {
                    _tokens.Add(("symbol", c.ToString(), i++));
                }
                else if (c is '=' or '!' or '<' or '>')
                {
                    var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
                    var op = two is "!=" or "<=" or ">=" or "<>" ? two : c is '!' ? null : c.ToString();
                    if (op is null)
                    {
                        _error = $"'!' must be followed by '=' (at character {i + 1})";
                        return false;
                    }

                    _tokens.Add(("operator", op, i));
                    i += op.Length;
                }
                else
                {
                    _error = $"unexpected character '{c}' at character {i + 1}; text values go in single quotes";
                    return false;
                }
            }

            return true;
        }

        private static bool IsKeyword(string word) => word.ToLowerInvariant() is "and" or "or" or "not" or "in" or "like" or "is" or "null";

        private bool Accept(string keyword)
        {
            if (_error is null && _next < _tokens.Count && _tokens[_next].Kind == "name"
                && string.Equals(_tokens[_next].Text, keyword, StringComparison.OrdinalIgnoreCase))
            {
                _next++;
                return true;
            }

            return false;
        }

        private bool AcceptSymbol(string symbol)
        {
            if (_error is null && _next < _tokens.Count && _tokens[_next].Kind == "symbol" && _tokens[_next].Text == symbol)
            {
                _next++;
                return true;
            }

            return false;
        }

        private bool ExpectSymbol(string symbol)
        {
            if (AcceptSymbol(symbol))
            {
                return true;
            }

            Fail(_next < _tokens.Count ? $"expected '{symbol}' at '{_tokens[_next].Text}'" : $"expected '{symbol}' at the end");
            return false;
        }

        private Node? Fail(string message)
        {
            _error ??= message;
            return null;
        }
    }
}
