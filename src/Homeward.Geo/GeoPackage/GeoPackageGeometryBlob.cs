using System.Buffers.Binary;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.GeoPackage;

/// <summary>
/// The GeoPackage geometry encoding (GeoPackage 1.3, clause 2.1.3 "Geometry Encoding"): the <c>GP</c> header, then
/// Well-Known Binary. Written as version 0, little-endian, with an X/Y envelope, or with the empty flag and no envelope
/// for an empty geometry, and two-dimensional WKB (an empty point as <c>POINT (NaN NaN)</c>); Z and M are not written.
/// Read in either byte order, with any envelope, and with two-, three- or four-dimensional WKB (ISO or EWKB type codes).
/// Coordinates are in the SRS of the layer (X = longitude or easting, Y = latitude or northing). Thread-safe.
/// </summary>
/// <remarks>
/// Written here rather than taken from NetTopologySuite.IO.GeoPackage 2.0.0, whose writer chooses the envelope
/// from its ordinate setting instead of the geometry (by default a 64-byte XYZM envelope with made-up Z and M
/// ranges), writes an envelope for empty geometries (which the specification forbids and GDAL's validator
/// rejects), and whose reader builds a new <c>NtsGeometryServices</c> with the legacy overlay for every blob.
/// Geometries go straight between a span and NetTopologySuite's types, without the streams its WKB classes allocate
/// for each geometry: the store's commits and bulk import and export go through here.
/// </remarks>
public static class GeoPackageGeometryBlob
{
    private const byte FlagLittleEndian = 0x01;
    private const byte FlagEmpty = 0x10;
    private const byte FlagExtended = 0x20;
    private const int EnvelopeXy = 1;
    private const int FixedHeaderLength = 8;
    private const int EnvelopeXyLength = 32;

    /// <summary>The length in bytes of the blob <see cref="Write(Geometry, int, Span{byte})"/> writes.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <returns>The length.</returns>
    public static int GetLength(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return FixedHeaderLength + (geometry.IsEmpty ? 0 : EnvelopeXyLength) + Wkb.Length(geometry);
    }

    /// <summary>Encodes a geometry into a new array.</summary>
    /// <param name="geometry">The geometry, in the SRS <paramref name="srid"/> names.</param>
    /// <param name="srid">The <c>srs_id</c> of its layer, written in the header.</param>
    /// <returns>The blob.</returns>
    public static byte[] Write(Geometry geometry, int srid)
    {
        var blob = new byte[GetLength(geometry)];
        Write(geometry, srid, blob);
        return blob;
    }

    /// <summary>Encodes a geometry into a caller's buffer, for bulk writers that reuse one buffer.</summary>
    /// <param name="geometry">The geometry, in the SRS <paramref name="srid"/> names.</param>
    /// <param name="srid">The <c>srs_id</c> of its layer, written in the header.</param>
    /// <param name="target">At least <see cref="GetLength"/> bytes.</param>
    /// <returns>The length of the blob at the start of <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is too short.</exception>
    public static int Write(Geometry geometry, int srid, Span<byte> target)
    {
        var length = GetLength(geometry);
        if (target.Length < length)
        {
            throw new ArgumentException($"The geometry needs {length} bytes; the buffer has {target.Length}.", nameof(target));
        }

        // An empty geometry has no envelope (envelope indicator 0) and the empty flag set.
        var empty = geometry.IsEmpty;
        target[0] = (byte)'G';
        target[1] = (byte)'P';
        target[2] = 0; // version 1 of the encoding
        target[3] = (byte)(FlagLittleEndian | (empty ? FlagEmpty : EnvelopeXy << 1));
        BinaryPrimitives.WriteInt32LittleEndian(target[4..], srid);
        var offset = FixedHeaderLength;
        if (!empty)
        {
            var envelope = geometry.EnvelopeInternal;
            BinaryPrimitives.WriteDoubleLittleEndian(target[8..], envelope.MinX);
            BinaryPrimitives.WriteDoubleLittleEndian(target[16..], envelope.MaxX);
            BinaryPrimitives.WriteDoubleLittleEndian(target[24..], envelope.MinY);
            BinaryPrimitives.WriteDoubleLittleEndian(target[32..], envelope.MaxY);
            offset += EnvelopeXyLength;
        }

        return offset + Wkb.Write(geometry, target[offset..]);
    }

    /// <summary>Decodes a blob. The SRID in its header is not checked: the layer's is the caller's to know.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="factory">Builds the geometry, and so gives it its SRID.</param>
    /// <returns>The geometry; an empty one when the header's empty flag is set.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry, or its WKB is malformed.</exception>
    public static Geometry Read(ReadOnlySpan<byte> blob, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var header = ReadHeader(blob);
        var geometry = Wkb.Read(blob[header.Length..], factory);

        // The specification encodes an empty point as POINT(NaN NaN); the header's flag is what says it is empty.
        return header.IsEmpty && geometry is Point { IsEmpty: false } ? factory.CreatePoint() : geometry;
    }

    /// <summary>Reads the header of a blob, without decoding its geometry.</summary>
    /// <param name="blob">The blob.</param>
    /// <returns>The header.</returns>
    /// <exception cref="FormatException">The blob is not a standard GeoPackage geometry.</exception>
    public static GeoPackageGeometryHeader ReadHeader(ReadOnlySpan<byte> blob)
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

        return new GeoPackageGeometryHeader(FixedHeaderLength + envelopeLength, (flags & FlagEmpty) != 0, srsId, envelope);
    }

    private static double ReadDouble(ReadOnlySpan<byte> bytes, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes);
}
