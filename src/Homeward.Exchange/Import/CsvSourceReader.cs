using System.Globalization;
using System.Text;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads CSV text with a header row: RFC 4180 quoting (quoted fields may hold separators, quotes doubled and line
/// breaks), the separator (comma, semicolon or tab) found from the header. UTF-8 by default, refused if the bytes are not
/// UTF-8 (a legacy file needs its encoding given). The geometry comes from a WKT column or from X and Y columns
/// (<see cref="TabularGeometry"/>).
/// </summary>
public sealed class CsvSourceReader : SourceReader
{
    private readonly FileStream _stream;
    private readonly StreamReader _text;
    private readonly TabularGeometry? _givenGeometry;
    private static readonly char[] Separators = [',', ';', '\t'];
    private readonly StringBuilder _field = new();

    /// <summary>Opens a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> for UTF-8 (a byte-order mark is honoured).</param>
    /// <param name="geometry">The geometry columns and CRS a mapping gives, or <see langword="null"/> to find them by name.</param>
    public CsvSourceReader(string path, Encoding? encoding, TabularGeometry? geometry)
        : base(path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        _text = new StreamReader(_stream, encoding ?? new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        _givenGeometry = geometry;
        DeclaredSrid = geometry?.Srid;
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.Csv;

    /// <inheritdoc/>
    public override string RecordWord => "row";

    /// <summary>The separator found in the header.</summary>
    public char Separator { get; private set; } = ',';

    /// <summary>The geometry columns used, once the header is read.</summary>
    public TabularGeometry? Geometry { get; private set; }

    /// <inheritdoc/>
    public override double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    /// <inheritdoc/>
    public override string Describe(long number) => string.Create(CultureInfo.InvariantCulture, $"row {number + 1}");

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        List<string?>? header;
        try
        {
            header = ReadRow(detect: true);
        }
        catch (InvalidDataException ex)
        {
            Fail($"the header: {ex.Message}");
            yield break;
        }
        catch (DecoderFallbackException ex)
        {
            Fail($"the header is not UTF-8 text ({ex.Message}); give the file's encoding with --encoding (for example windows-1251).");
            yield break;
        }

        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            Fail("the file is empty: a CSV import needs a header row.");
            yield break;
        }

        var names = header.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"column{i + 1}" : h.Trim()).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Fail($"the header names the column '{duplicate.Key}' twice.");
            yield break;
        }

        names.ForEach(SeeColumn);
        Geometry = TabularGeometry.Find(names, _givenGeometry, out var geometryError);
        if (geometryError is not null)
        {
            Fail(geometryError);
            yield break;
        }

        DeclaredSrid = Geometry?.Srid ?? DeclaredSrid;
        var rowHeader = new RowAttributes.Header(names);
        var factory = Geo.GeometryServices.ForSrid(Geometry?.Srid ?? Geo.GeometryServices.StorageSrid);
        long number = 0;
        while (true)
        {
            List<string?>? row;
            try
            {
                row = ReadRow(detect: false);
            }
            catch (DecoderFallbackException ex)
            {
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"row {number + 2} is not UTF-8 text ({ex.Message}); give the file's encoding with --encoding (for example windows-1251)."));
                yield break;
            }
            catch (InvalidDataException ex)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"row {number + 2}: {ex.Message}"));
                yield break;
            }

            if (row is null)
            {
                yield break;
            }

            number++;
            if (row.Count == 1 && string.IsNullOrEmpty(row[0]))
            {
                continue;
            }

            var values = new object?[names.Count];
            for (var i = 0; i < names.Count && i < row.Count; i++)
            {
                values[i] = string.IsNullOrEmpty(row[i]) ? null : row[i];
            }

            var attributes = new RowAttributes(rowHeader, values);
            string? problem = null;
            var geometry = Geometry?.Build(attributes, factory, out problem);
            if (row.Count != names.Count)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"the row has {row.Count} fields but the header has {names.Count}.");
                geometry = null;
            }

            yield return new SourceRecord(number, attributes, geometry) { GeometryProblem = problem, GeometryField = Geometry?.Field ?? "geometry" };
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads one record (RFC 4180): fields, quoted or not; a quoted field may span lines.</summary>
    private List<string?>? ReadRow(bool detect)
    {
        var first = _text.Peek();
        if (first < 0)
        {
            return null;
        }

        if (detect)
        {
            var line = new StringBuilder();
            var inQuotes = false;
            int c;
            while ((c = _text.Peek()) >= 0)
            {
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }

                if (!inQuotes && c is '\n' or '\r')
                {
                    break;
                }

                line.Append((char)_text.Read());
            }

            var counts = Separators.Select(s => (Separator: s, Count: Count(line, s))).OrderByDescending(x => x.Count).First();
            Separator = counts.Count == 0 ? ',' : counts.Separator;
            using var lineReader = new StringReader(line.ToString());
            var fields = Parse(lineReader);
            SkipLineEnd();
            return fields;
        }

        // Most rows hold no quote: split them at once. A row with quotes is parsed character by character, joined with
        // the following lines while a quoted field is open (a quoted line break).
        var record = _text.ReadLine();
        if (record is null)
        {
            return null;
        }

        if (!record.Contains('"', StringComparison.Ordinal))
        {
            return [.. record.Split(Separator)];
        }

        while (record.Count(c => c == '"') % 2 == 1 && _text.ReadLine() is { } next)
        {
            record += "\n" + next;
        }

        using var reader = new StringReader(record);
        return Parse(reader);
    }

    private static int Count(StringBuilder line, char separator)
    {
        var count = 0;
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            inQuotes ^= line[i] == '"';
            count += !inQuotes && line[i] == separator ? 1 : 0;
        }

        return count;
    }

    private void SkipLineEnd()
    {
        if (_text.Peek() == '\r')
        {
            _text.Read();
        }

        if (_text.Peek() == '\n')
        {
            _text.Read();
        }
    }

    private List<string?> Parse(TextReader reader)
    {
        var fields = new List<string?>();
        _field.Clear();
        var quoted = false;
        var inQuotes = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (inQuotes)
                {
                    throw new InvalidDataException("a quoted field is not closed before the end of the file.");
                }

                fields.Add(_field.ToString());
                return fields;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        _field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _field.Append((char)c);
                }

                continue;
            }

            if (c == '"' && _field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (c == Separator)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                quoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(_field.ToString());
                return fields;
            }
            else
            {
                _field.Append((char)c);
            }
        }
    }
}
