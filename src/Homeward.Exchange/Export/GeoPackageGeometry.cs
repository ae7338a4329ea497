using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Export;

/// <summary>
/// The GeoPackage geometry encoding (GeoPackage 1.3, clause 2.1.3): the <c>GP</c> header with an X/Y envelope, then
/// little-endian two-dimensional WKB. The store has its own copy, internal to it; this one serves exported files.
/// </summary>
internal static class GeoPackageGeometry
{
    private const int FixedHeaderLength = 8;

    /// <summary>Encodes a non-empty geometry into a buffer that is reused from one geometry to the next.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <param name="srid">The <c>srs_id</c> of its layer.</param>
    /// <param name="buffer">The buffer, replaced by a larger one when too small.</param>
    /// <returns>The length of the blob at the start of <paramref name="buffer"/>.</returns>
    public static int Write(Geometry geometry, int srid, ref byte[] buffer)
    {
        var length = FixedHeaderLength + 32 + Wkb.Size(geometry);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        var blob = buffer.AsSpan();
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 0x01 | (1 << 1); // little-endian, XY envelope
        BinaryPrimitives.WriteInt32LittleEndian(blob[4..], srid);
        var envelope = geometry.EnvelopeInternal;
        BinaryPrimitives.WriteDoubleLittleEndian(blob[8..], envelope.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[16..], envelope.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[24..], envelope.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[32..], envelope.MaxY);
        return FixedHeaderLength + 32 + Wkb.Write(geometry, blob[(FixedHeaderLength + 32)..]);
    }

    /// <summary>Decodes a blob.</summary>
    /// <param name="reader">A WKB reader whose factory builds EPSG:4326 geometries, for WKB beyond two dimensions.</param>
    /// <param name="factory">The factory of two-dimensional geometries.</param>
    /// <param name="blob">The blob.</param>
    /// <returns>The geometry, or <see langword="null"/> for an empty one.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry.</exception>
    public static Geometry? Read(WKBReader reader, GeometryFactory factory, ReadOnlySpan<byte> blob)
    {
        if (blob.Length < FixedHeaderLength || blob[0] != (byte)'G' || blob[1] != (byte)'P' || (blob[3] & 0x20) != 0)
        {
            throw new FormatException("The blob is not a standard GeoPackage geometry.");
        }

        if ((blob[3] & 0x10) != 0)
        {
            return null;
        }

        var envelopeLength = ((blob[3] >> 1) & 0x07) switch
        {
            0 => 0,
            1 => 32,
            2 or 3 => 48,
            4 => 64,
            _ => throw new FormatException("The GeoPackage geometry has an invalid envelope indicator."),
        };
        var wkb = blob[(FixedHeaderLength + envelopeLength)..];
        if (Wkb.TryRead(wkb, factory, out var geometry))
        {
            return geometry;
        }

        try
        {
            return reader.Read(wkb.ToArray());
        }
        catch (ParseException ex)
        {
            throw new FormatException("The GeoPackage geometry blob holds invalid WKB.", ex);
        }
    }
}
