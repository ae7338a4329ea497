using System.Text;

namespace Homeward.Exchange.Odk;

/// <summary>RFC 4180 CSV: fields separated by a delimiter, quoted with <c>"</c> (doubled inside), lines by CRLF or LF.</summary>
internal static class CsvText
{
    /// <summary>Decodes bytes as strict UTF-8 (a byte-order mark is dropped).</summary>
    public static string? Decode(byte[] bytes, string name, out string? error)
    {
        error = null;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            error = $"{name} is not UTF-8 text (byte {ex.Index} is invalid); export it again as UTF-8.";
            return null;
        }
    }

    /// <summary>The delimiter of a CSV: <c>;</c> when the header line has more of them than commas (KoboToolbox's default), else <c>,</c>.</summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>Parses the rows; <see langword="null"/> with <paramref name="error"/> when a quoted field is never closed.</summary>
    public static List<List<string>>? Parse(string text, char delimiter, string name, out string? error)
    {
        error = null;
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                line++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            error = $"{name} line {quoteLine}: a quoted field is never closed (is the file cut short?).";
            return null;
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        rows.RemoveAll(r => r.Count == 1 && r[0].Length == 0);
        return rows;
    }
}
