using System.Buffers.Binary;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>
/// Two-dimensional Well-Known Binary (OGC 06-103r4, little-endian on writing) for the bulk paths of export, written
/// straight into a caller's buffer and read straight from a span, without the streams NetTopologySuite's WKB classes
/// allocate for each geometry.
/// </summary>
internal static class Wkb
{
    /// <summary>The size in bytes of the WKB of a non-empty geometry.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <returns>The size.</returns>
    public static int Size(Geometry geometry) => geometry switch
    {
        Point => 21,
        LineString line => 9 + (16 * line.NumPoints),
        Polygon polygon => 9 + 4 + (16 * polygon.ExteriorRing.NumPoints) + polygon.InteriorRings.Sum(r => 4 + (16 * r.NumPoints)),
        _ => 9 + Enumerable.Range(0, geometry.NumGeometries).Sum(i => Size(geometry.GetGeometryN(i))),
    };

    /// <summary>Writes the WKB of a non-empty geometry.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <param name="target">At least <see cref="Size"/> bytes.</param>
    /// <returns>The bytes written.</returns>
    public static int Write(Geometry geometry, Span<byte> target)
    {
        target[0] = 1;
        var type = geometry switch
        {
            Point => 1u,
            LinearRing or LineString => 2u,
            Polygon => 3u,
            MultiPoint => 4u,
            MultiLineString => 5u,
            MultiPolygon => 6u,
            _ => 7u,
        };
        BinaryPrimitives.WriteUInt32LittleEndian(target[1..], type);
        switch (geometry)
        {
            case Point point:
                BinaryPrimitives.WriteDoubleLittleEndian(target[5..], point.X);
                BinaryPrimitives.WriteDoubleLittleEndian(target[13..], point.Y);
                return 21;
            case LineString line:
                return 5 + WriteSequence(line.CoordinateSequence, target[5..]);
            case Polygon polygon:
                BinaryPrimitives.WriteUInt32LittleEndian(target[5..], (uint)(1 + polygon.NumInteriorRings));
                var offset = 9 + WriteSequence(polygon.ExteriorRing.CoordinateSequence, target[9..]);
                foreach (var hole in polygon.InteriorRings)
                {
                    offset += WriteSequence(hole.CoordinateSequence, target[offset..]);
                }

                return offset;
            default:
                BinaryPrimitives.WriteUInt32LittleEndian(target[5..], (uint)geometry.NumGeometries);
                var written = 9;
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    written += Write(geometry.GetGeometryN(i), target[written..]);
                }

                return written;
        }
    }

    /// <summary>Reads two-dimensional WKB (either byte order).</summary>
    /// <param name="wkb">The bytes.</param>
    /// <param name="factory">Builds the geometry.</param>
    /// <param name="geometry">The geometry read.</param>
    /// <returns>Whether the WKB was plain two-dimensional WKB this reader handles (else use NetTopologySuite's reader).</returns>
    public static bool TryRead(ReadOnlySpan<byte> wkb, GeometryFactory factory, out Geometry? geometry)
    {
        var offset = 0;
        try
        {
            geometry = Read(wkb, ref offset, factory);
            return geometry is not null;
        }
        catch (ArgumentOutOfRangeException)
        {
            geometry = null;
            return false;
        }
    }

    private static int WriteSequence(CoordinateSequence sequence, Span<byte> target)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(target, (uint)sequence.Count);
        var offset = 4;
        for (var i = 0; i < sequence.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(target[offset..], sequence.GetX(i));
            BinaryPrimitives.WriteDoubleLittleEndian(target[(offset + 8)..], sequence.GetY(i));
            offset += 16;
        }

        return offset;
    }

    private static Geometry? Read(ReadOnlySpan<byte> wkb, ref int offset, GeometryFactory factory)
    {
        var little = wkb[offset] == 1;
        var type = UInt(wkb, offset + 1, little);
        offset += 5;
        switch (type)
        {
            case 1:
                var x = Double(wkb, offset, little);
                var y = Double(wkb, offset + 8, little);
                offset += 16;
                return double.IsNaN(x) ? factory.CreatePoint() : factory.CreatePoint(new Coordinate(x, y));
            case 2:
                return factory.CreateLineString(Coordinates(wkb, ref offset, little));
            case 3:
                var rings = (int)UInt(wkb, offset, little);
                offset += 4;
                if (rings == 0)
                {
                    return factory.CreatePolygon();
                }

                var shell = factory.CreateLinearRing(Coordinates(wkb, ref offset, little));
                var holes = new LinearRing[rings - 1];
                for (var i = 0; i < holes.Length; i++)
                {
                    holes[i] = factory.CreateLinearRing(Coordinates(wkb, ref offset, little));
                }

                return factory.CreatePolygon(shell, holes);
            case >= 4 and <= 7:
                var count = (int)UInt(wkb, offset, little);
                offset += 4;
                var parts = new Geometry[count];
                for (var i = 0; i < count; i++)
                {
                    if (Read(wkb, ref offset, factory) is not { } part)
                    {
                        return null;
                    }

                    parts[i] = part;
                }

                return type switch
                {
                    4 => factory.CreateMultiPoint([.. parts.Cast<Point>()]),
                    5 => factory.CreateMultiLineString([.. parts.Cast<LineString>()]),
                    6 => factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
                    _ => factory.CreateGeometryCollection(parts),
                };
            default:
                // Z, M or extended types: not for this reader.
                return null;
        }
    }

    private static Coordinate[] Coordinates(ReadOnlySpan<byte> wkb, ref int offset, bool little)
    {
        var count = (int)UInt(wkb, offset, little);
        offset += 4;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, (wkb.Length - offset) / 16, nameof(wkb));
        var coordinates = new Coordinate[count];
        for (var i = 0; i < count; i++)
        {
            coordinates[i] = new Coordinate(Double(wkb, offset, little), Double(wkb, offset + 8, little));
            offset += 16;
        }

        return coordinates;
    }

    private static uint UInt(ReadOnlySpan<byte> wkb, int offset, bool little)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 4, wkb.Length, nameof(wkb));
        return little ? BinaryPrimitives.ReadUInt32LittleEndian(wkb[offset..]) : BinaryPrimitives.ReadUInt32BigEndian(wkb[offset..]);
    }

    private static double Double(ReadOnlySpan<byte> wkb, int offset, bool little)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + 8, wkb.Length, nameof(wkb));
        return little ? BinaryPrimitives.ReadDoubleLittleEndian(wkb[offset..]) : BinaryPrimitives.ReadDoubleBigEndian(wkb[offset..]);
    }
}
