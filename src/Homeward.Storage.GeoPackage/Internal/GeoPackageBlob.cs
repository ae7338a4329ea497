using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Reads and writes the GeoPackage geometry encoding (GeoPackage 1.3, clause 2.1.3 "Geometry Encoding"): the
/// <c>GP</c> header with an X/Y envelope, then little-endian WKB. Geometries are written in two dimensions.
/// </summary>
/// <remarks>
/// Written here rather than taken from NetTopologySuite.IO.GeoPackage 2.0.0, whose writer chooses the envelope
/// from its ordinate setting instead of the geometry (by default a 64-byte XYZM envelope with made-up Z and M
/// ranges), writes an envelope for empty geometries (which the specification forbids and GDAL's validator
/// rejects), and whose reader builds a new <c>NtsGeometryServices</c> with the legacy overlay for every blob.
/// </remarks>
internal static class GeoPackageBlob
{
    private const byte FlagLittleEndian = 0x01;
    private const byte FlagEmpty = 0x10;
    private const byte FlagExtended = 0x20;
    private const int EnvelopeXy = 1;
    private const int FixedHeaderLength = 8;

    /// <summary>Encodes <paramref name="geometry"/> with SRID 4326 in the header.</summary>
    /// <param name="geometry">The geometry, EPSG:4326.</param>
    /// <returns>The blob.</returns>
    public static byte[] Write(Geometry geometry) => Write(geometry, StoreGeometry.Srid);

    /// <summary>Encodes <paramref name="geometry"/> with <paramref name="srid"/> in the header (the SRS of its layer).</summary>
    /// <param name="geometry">The geometry.</param>
    /// <param name="srid">The <c>srs_id</c> of its layer.</param>
    /// <returns>The blob.</returns>
    public static byte[] Write(Geometry geometry, int srid)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false).Write(geometry);

        // An empty geometry has no envelope (envelope indicator 0) and the empty flag set.
        var empty = geometry.IsEmpty;
        var envelopeLength = empty ? 0 : 32;
        var blob = new byte[FixedHeaderLength + envelopeLength + wkb.Length];
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0; // version 1 of the encoding
        blob[3] = (byte)(FlagLittleEndian | (empty ? FlagEmpty : EnvelopeXy << 1));
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), srid);
        if (!empty)
        {
            var envelope = geometry.EnvelopeInternal;
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(8), envelope.MinX);
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(16), envelope.MaxX);
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(24), envelope.MinY);
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(32), envelope.MaxY);
        }

        wkb.CopyTo(blob, FixedHeaderLength + envelopeLength);
        return blob;
    }

    /// <summary>Decodes a blob into a geometry built by <see cref="StoreGeometry.Factory"/> (SRID 4326).</summary>
    /// <param name="blob">The blob.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry.</exception>
    public static Geometry Read(byte[] blob)
    {
        var header = ReadHeader(blob);
        var reader = new WKBReader(StoreGeometry.Services) { HandleSRID = false };
        Geometry geometry;
        try
        {
            geometry = reader.Read(new MemoryStream(blob, header.Length, blob.Length - header.Length, writable: false));
        }
        catch (ParseException ex)
        {
            throw new FormatException("The GeoPackage geometry blob holds invalid WKB.", ex);
        }

        // The specification encodes an empty point as POINT(NaN NaN); the header's flag is what says it is empty.
        return header.IsEmpty && geometry is Point { IsEmpty: false } ? StoreGeometry.Factory.CreatePoint() : geometry;
    }

    /// <summary>Reads the header of a blob.</summary>
    /// <param name="blob">The blob.</param>
    /// <returns>The header.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry.</exception>
    public static GeoPackageBlobHeader ReadHeader(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < FixedHeaderLength || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            throw new FormatException("The blob is not a GeoPackage geometry: it does not start with 'GP'.");
        }

        var flags = blob[3];
        if ((flags & FlagExtended) != 0)
        {
            throw new FormatException("Extended GeoPackage geometries are not supported.");
        }

        var littleEndian = (flags & FlagLittleEndian) != 0;
        var envelopeLength = ((flags >> 1) & 0x07) switch
        {
            0 => 0,
            1 => 32,
            2 or 3 => 48,
            4 => 64,
            var code => throw new FormatException($"The GeoPackage geometry has an invalid envelope indicator {code}."),
        };
        if (blob.Length < FixedHeaderLength + envelopeLength)
        {
            throw new FormatException("The GeoPackage geometry blob is shorter than its header.");
        }

        var srsId = littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(blob[4..]) : BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        Envelope? envelope = null;
        if (envelopeLength > 0)
        {
            // The envelope is minx, maxx, miny, maxy, then optional Z and M ranges.
            envelope = new Envelope(
                ReadDouble(blob[8..], littleEndian),
                ReadDouble(blob[16..], littleEndian),
                ReadDouble(blob[24..], littleEndian),
                ReadDouble(blob[32..], littleEndian));
        }

        return new GeoPackageBlobHeader(FixedHeaderLength + envelopeLength, (flags & FlagEmpty) != 0, srsId, envelope);
    }

    private static double ReadDouble(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);
}
