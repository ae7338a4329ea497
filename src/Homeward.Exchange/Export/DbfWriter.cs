using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes the attribute half of a shapefile, a dBASE III table (<c>.dbf</c>) in UTF-8: character fields cut at their
/// width on a character boundary, whole numbers as 18-digit numeric fields, reals as 24-character numeric fields with
/// 15 decimals (as GDAL writes them), dates as <c>yyyyMMdd</c>, booleans as logical fields. Not thread-safe.
/// </summary>
internal sealed class DbfWriter : IDisposable
{
    private const int WholeWidth = 18;
    private const int RealWidth = 24;
    private const int RealDecimals = 15;

    private readonly FileStream _file;
    private readonly (char Type, int Width)[] _fields;
    private readonly byte[] _record;
    private int _records;

    /// <param name="path">The <c>.dbf</c> file.</param>
    /// <param name="names">The field names, ASCII, at most 10 characters.</param>
    /// <param name="fields">The columns, in the same order.</param>
    /// <param name="today">The date of last update written in the header.</param>
    public DbfWriter(string path, IReadOnlyList<string> names, IReadOnlyList<ExportField> fields, DateOnly today)
    {
        _fields = [.. fields.Select(f => f.Type switch
        {
            ExportFieldType.WholeNumber => ('N', WholeWidth),
            ExportFieldType.Real => ('N', RealWidth),
            ExportFieldType.Date => ('D', 8),
            ExportFieldType.Boolean => ('L', 1),
            _ => ('C', f.MaxLength is > 0 and <= 254 ? f.MaxLength : 254),
        })];
        _record = new byte[1 + _fields.Sum(f => f.Width)];
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var header = new byte[32 + (32 * _fields.Length) + 1];
        header[0] = 0x03;
        header[1] = (byte)(today.Year - 1900);
        header[2] = (byte)today.Month;
        header[3] = (byte)today.Day;
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(8), checked((short)header.Length));
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(10), checked((short)_record.Length));
        for (var i = 0; i < _fields.Length; i++)
        {
            var descriptor = header.AsSpan(32 + (32 * i), 32);
            Encoding.ASCII.GetBytes(names[i], descriptor[..11]);
            descriptor[11] = (byte)_fields[i].Type;
            descriptor[16] = (byte)_fields[i].Width;
            descriptor[17] = (byte)(fields[i].Type == ExportFieldType.Real ? RealDecimals : 0);
        }

        header[^1] = 0x0D;
        _file.Write(header);
    }

    public void Write(IReadOnlyList<object?> values)
    {
        var record = _record.AsSpan();
        record.Fill((byte)' ');
        var offset = 1;
        for (var i = 0; i < _fields.Length; i++)
        {
            var (type, width) = _fields[i];
            var field = record.Slice(offset, width);
            offset += width;
            switch (values[i])
            {
                case null:
                    if (type == 'L')
                    {
                        field[0] = (byte)'?';
                    }

                    break;
                case string text:
                    Text(text, field);
                    break;
                case long number:
                    Right(number.ToString(CultureInfo.InvariantCulture), field);
                    break;
                case double number:
                    Right(Real(number), field);
                    break;
                case bool flag:
                    field[0] = (byte)(flag ? 'T' : 'F');
                    break;
                case DateOnly day:
                    day.TryFormat(field, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
                    break;
                case var value:
                    throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(values));
            }
        }

        _file.Write(record);
        _records++;
    }

    /// <summary>Ends the table and writes the number of records into its header.</summary>
    public void Complete()
    {
        _file.WriteByte(0x1A);
        _file.Flush();
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(count, _records);
        _file.Position = 4;
        _file.Write(count);
        Dispose();
    }

    public void Dispose() => _file.Dispose();

    // A number that does not fit the width with 15 decimals keeps as many digits as fit.
    private static string Real(double number)
    {
        var text = number.ToString("F" + RealDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (text.Length <= RealWidth)
        {
            return text;
        }

        var integer = number.ToString("F0", CultureInfo.InvariantCulture).Length;
        var decimals = Math.Max(0, RealWidth - integer - 1);
        text = number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Length <= RealWidth ? text : number.ToString("E16", CultureInfo.InvariantCulture);
    }

    private static void Right(string text, Span<byte> field)
    {
        var length = Math.Min(text.Length, field.Length);
        Encoding.ASCII.GetBytes(text.AsSpan(0, length), field[(field.Length - length)..]);
    }

    // UTF-8, cut at the width without splitting a character.
    private static void Text(string text, Span<byte> field)
    {
        if (Encoding.UTF8.TryGetBytes(text, field, out _))
        {
            return;
        }

        field.Fill((byte)' ');
        var chars = text.Length;
        while (chars > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, chars)) > field.Length)
        {
            chars--;
        }

        if (chars > 0 && char.IsHighSurrogate(text[chars - 1]))
        {
            chars--;
        }

        Encoding.UTF8.GetBytes(text.AsSpan(0, chars), field);
    }
}
