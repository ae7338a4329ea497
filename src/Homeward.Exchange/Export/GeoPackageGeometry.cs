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

    /// <summary>Encodes a non-empty geometry.</summary>
    /// <param name="writer">A WKB writer for little-endian XY.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="srid">The <c>srs_id</c> of its layer.</param>
    /// <returns>The blob.</returns>
    public static byte[] Write(WKBWriter writer, Geometry geometry, int srid)
    {
        var wkb = writer.Write(geometry);
        var blob = new byte[FixedHeaderLength + 32 + wkb.Length];
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 0x01 | (1 << 1); // little-endian, XY envelope
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), srid);
        var envelope = geometry.EnvelopeInternal;
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(8), envelope.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(16), envelope.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(24), envelope.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(32), envelope.MaxY);
        wkb.CopyTo(blob, FixedHeaderLength + 32);
        return blob;
    }

    /// <summary>Decodes a blob.</summary>
    /// <param name="reader">A WKB reader whose factory builds EPSG:4326 geometries.</param>
    /// <param name="blob">The blob.</param>
    /// <returns>The geometry, or <see langword="null"/> for an empty one.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry.</exception>
    public static Geometry? Read(WKBReader reader, byte[] blob)
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
        try
        {
            return reader.Read(new MemoryStream(blob, FixedHeaderLength + envelopeLength, blob.Length - FixedHeaderLength - envelopeLength, writable: false));
        }
        catch (ParseException ex)
        {
            throw new FormatException("The GeoPackage geometry blob holds invalid WKB.", ex);
        }
    }
}
