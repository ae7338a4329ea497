using System.Buffers.Binary;
using System.Globalization;

namespace Homeward.Exchange.Import;

/// <summary>
/// Checks the structure of a shapefile's <c>.shp</c> and <c>.dbf</c> before the reader trusts them: every length and
/// count a damaged file could turn into a huge allocation or an endless loop must fit in the file. Reads only headers.
/// </summary>
internal static class ShapefileCheck
{
    private const int ShpHeaderBytes = 100;

    /// <summary>Why the shapefile is damaged, or <see langword="null"/> when its structure holds together.</summary>
    public static string? Damage(string shp)
    {
        var dbf = Path.ChangeExtension(shp, ".dbf");
        return ShpDamage(shp) ?? (File.Exists(dbf) ? DbfDamage(dbf) : "the .dbf file (the attributes) is missing.");
    }

    private static string? ShpDamage(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var length = stream.Length;
        Span<byte> header = stackalloc byte[ShpHeaderBytes];
        if (length < ShpHeaderBytes || stream.Read(header) != ShpHeaderBytes)
        {
            return "the .shp file is shorter than its 100-byte header.";
        }

        if (BinaryPrimitives.ReadInt32BigEndian(header) != 9994)
        {
            return "the .shp file does not start with the shapefile signature (9994).";
        }

        if ((long)BinaryPrimitives.ReadInt32BigEndian(header[24..]) * 2 != length)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the .shp header gives a length of {(long)BinaryPrimitives.ReadInt32BigEndian(header[24..]) * 2} bytes, but the file has {length} (truncated or damaged).");
        }

        Span<byte> record = stackalloc byte[8 + 44];
        long offset = ShpHeaderBytes;
        var number = 0;
        while (offset < length)
        {
            number++;
            stream.Position = offset;
            var read = stream.ReadAtLeast(record, Math.Min(record.Length, (int)Math.Min(int.MaxValue, length - offset)), throwOnEndOfStream: false);
            if (read < 12)
            {
                return Record(number, "is cut short");
            }

            var contentBytes = (long)BinaryPrimitives.ReadInt32BigEndian(record[4..]) * 2;
            if (contentBytes < 4 || offset + 8 + contentBytes > length)
            {
                return Record(number, "claims more bytes than the file holds");
            }

            var shapeType = BinaryPrimitives.ReadInt32LittleEndian(record[8..]);
            var error = shapeType switch
            {
                0 => null,
                1 or 11 or 21 => contentBytes < 20 ? "is too short for a point" : null,
                3 or 5 or 13 or 15 or 23 or 25 or 31 => Parts(record, read, contentBytes, pointBytes: shapeType switch { 3 or 5 => 16, 13 or 15 or 31 => 32, _ => 24 }),
                8 or 18 or 28 => Points(record, read, contentBytes),
                _ => string.Create(CultureInfo.InvariantCulture, $"has the unknown shape type {shapeType}"),
            };
            if (error is not null)
            {
                return Record(number, error);
            }

            offset += 8 + contentBytes;
        }

        return null;
    }

    private static string? Parts(ReadOnlySpan<byte> record, int read, long contentBytes, int pointBytes)
    {
        if (read < 8 + 44 || contentBytes < 44)
        {
            return "is too short for its parts";
        }

        long parts = BinaryPrimitives.ReadInt32LittleEndian(record[(8 + 36)..]);
        long points = BinaryPrimitives.ReadInt32LittleEndian(record[(8 + 40)..]);

        // Z and M ranges add 16 bytes each beyond the X and Y of every point; the per-point bytes cover the values.
        return parts < 0 || points < 0 || parts > points || 44 + 4 * parts + 16 * points > contentBytes || 44 + 4 * parts + pointBytes * points > contentBytes + 32
            ? string.Create(CultureInfo.InvariantCulture, $"gives {parts} parts and {points} points, more than its {contentBytes} bytes hold")
            : null;
    }

    private static string? Points(ReadOnlySpan<byte> record, int read, long contentBytes)
    {
        if (read < 8 + 40 || contentBytes < 40)
        {
            return "is too short for its points";
        }

        long points = BinaryPrimitives.ReadInt32LittleEndian(record[(8 + 36)..]);
        return points < 0 || 40 + 16 * points > contentBytes
            ? string.Create(CultureInfo.InvariantCulture, $"gives {points} points, more than its {contentBytes} bytes hold")
            : null;
    }

    private static string Record(int number, string what) => string.Create(CultureInfo.InvariantCulture, $"the .shp file is damaged: record {number} {what}.");

    private static string? DbfDamage(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        Span<byte> header = stackalloc byte[32];
        if (stream.Length < 32 || stream.Read(header) != 32)
        {
            return "the .dbf file is shorter than its header.";
        }

        long records = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        int headerBytes = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        int recordBytes = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        if (headerBytes < 33 || headerBytes > stream.Length || recordBytes < 1 || headerBytes + records * recordBytes > stream.Length)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the .dbf file is damaged: its header gives {records} records of {recordBytes} bytes after {headerBytes} header bytes, but the file has {stream.Length} bytes.");
        }

        // Each field descriptor is 32 bytes; their lengths must add up to the record length less the deletion flag.
        var fields = (headerBytes - 33) / 32;
        var buffer = new byte[fields * 32];
        stream.ReadExactly(buffer);
        var sum = 1;
        for (var i = 0; i < fields && buffer[i * 32] != 0x0D; i++)
        {
            sum += buffer[i * 32 + 16];
        }

        return sum != recordBytes
            ? string.Create(CultureInfo.InvariantCulture, $"the .dbf file is damaged: its fields add up to {sum} bytes a record, but its header says {recordBytes}.")
            : null;
    }
}
