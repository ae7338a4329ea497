using System.Buffers.Binary;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.GeoPackage;

/// <summary>
/// Well-Known Binary (OGC 06-103r4) written straight into a caller's buffer and read straight from a span, without
/// the streams NetTopologySuite's WKB classes allocate for each geometry. Writes two-dimensional little-endian WKB;
/// reads either byte order with X/Y, X/Y/Z, X/Y/M or X/Y/Z/M coordinates (ISO type codes such as 1003, or EWKB flags).
/// </summary>
internal static class Wkb
{
    // Deeper nesting of geometry collections is refused rather than followed into a stack overflow.
    private const int MaxDepth = 32;

    // The quiet NaN with the sign bit clear, as GDAL writes it (double.NaN has the sign bit set).
    private static readonly double EmptyOrdinate = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>The size in bytes of the WKB of a geometry.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <returns>The size.</returns>
    public static int Length(Geometry geometry)
    {
        switch (geometry)
        {
            case Point:
                return 21;
            case LineString line:
                return 9 + (16 * line.NumPoints);
            case Polygon polygon:
                if (polygon.IsEmpty)
                {
                    return 9;
                }

                var length = 13 + (16 * polygon.ExteriorRing.NumPoints);
                for (var i = 0; i < polygon.NumInteriorRings; i++)
                {
                    length += 4 + (16 * polygon.GetInteriorRingN(i).NumPoints);
                }

                return length;
            default:
                var total = 9;
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    total += Length(geometry.GetGeometryN(i));
                }

                return total;
        }
    }

    /// <summary>Writes the two-dimensional, little-endian WKB of a geometry.</summary>
    /// <param name="geometry">The geometry.</param>
    /// <param name="target">At least <see cref="Length"/> bytes.</param>
    /// <returns>The bytes written.</returns>
    public static int Write(Geometry geometry, Span<byte> target)
    {
        target[0] = 1;
        var type = geometry switch
        {
            Point => 1u,
            LineString => 2u,
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
                // GeoPackage 1.3, clause 2.1.3.1.1 (and ISO WKB): an empty point is POINT (NaN NaN).
                BinaryPrimitives.WriteDoubleLittleEndian(target[5..], point.IsEmpty ? EmptyOrdinate : point.X);
                BinaryPrimitives.WriteDoubleLittleEndian(target[13..], point.IsEmpty ? EmptyOrdinate : point.Y);
                return 21;
            case LineString line:
                return 5 + WriteSequence(line.CoordinateSequence, target[5..]);
            case Polygon polygon:
                if (polygon.IsEmpty)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(target[5..], 0);
                    return 9;
                }

                BinaryPrimitives.WriteUInt32LittleEndian(target[5..], (uint)(1 + polygon.NumInteriorRings));
                var offset = 9 + WriteSequence(polygon.ExteriorRing.CoordinateSequence, target[9..]);
                for (var i = 0; i < polygon.NumInteriorRings; i++)
                {
                    offset += WriteSequence(polygon.GetInteriorRingN(i).CoordinateSequence, target[offset..]);
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

    /// <summary>Reads WKB.</summary>
    /// <param name="wkb">The bytes.</param>
    /// <param name="factory">Builds the geometry.</param>
    /// <returns>The geometry.</returns>
    /// <exception cref="FormatException">The WKB is malformed, or of a type other than the seven of the simple features.</exception>
    public static Geometry Read(ReadOnlySpan<byte> wkb, GeometryFactory factory)
    {
        var reader = new Reader(wkb, factory);
        return reader.Geometry(0);
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

    private ref struct Reader(ReadOnlySpan<byte> wkb, GeometryFactory factory)
    {
        private readonly ReadOnlySpan<byte> _wkb = wkb;
        private readonly GeometryFactory _factory = factory;
        private int _offset;
        private bool _little;

        public Geometry Geometry(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException($"The WKB nests geometry collections more than {MaxDepth} deep.");
            }

            var order = Byte();
            if (order > 1)
            {
                throw new FormatException($"The WKB has an invalid byte order {order}.");
            }

            _little = order == 1;
            // ISO type codes add 1000 for Z, 2000 for M and 3000 for ZM; EWKB (PostGIS) sets flags in the high bits
            // instead, then an SRID when its flag is set. NetTopologySuite's writer does both at once.
            var code = UInt();
            var iso = code & 0x0FFF_FFFF;
            var dimensions = iso / 1000;
            var type = dimensions <= 3 ? iso % 1000 : 0;
            var hasZ = (code & 0x8000_0000) != 0 || dimensions is 1 or 3;
            var hasM = (code & 0x4000_0000) != 0 || dimensions is 2 or 3;
            if ((code & 0x2000_0000) != 0)
            {
                _ = UInt();
            }

            var ordinates = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
            switch (type)
            {
                case 1:
                    var point = Coordinate(hasZ, hasM);
                    return double.IsNaN(point.X) && double.IsNaN(point.Y) ? _factory.CreatePoint() : _factory.CreatePoint(point);
                case 2:
                    return _factory.CreateLineString(Coordinates(hasZ, hasM, ordinates));
                case 3:
                    var rings = Count(4);
                    if (rings == 0)
                    {
                        return _factory.CreatePolygon();
                    }

                    var shell = Ring(hasZ, hasM, ordinates);
                    var holes = new LinearRing[rings - 1];
                    for (var i = 0; i < holes.Length; i++)
                    {
                        holes[i] = Ring(hasZ, hasM, ordinates);
                    }

                    return _factory.CreatePolygon(shell, holes);
                case >= 4 and <= 7:
                    // The smallest part is an empty one: byte order, type and a zero count.
                    var parts = new Geometry[Count(9)];
                    for (var i = 0; i < parts.Length; i++)
                    {
                        parts[i] = Geometry(depth + 1);
                        var fits = type switch { 4 => parts[i] is Point, 5 => parts[i] is LineString, 6 => parts[i] is Polygon, _ => true };
                        if (!fits)
                        {
                            throw new FormatException($"The WKB of a {Name(type)} holds a {parts[i].GeometryType}.");
                        }
                    }

                    return type switch
                    {
                        4 => _factory.CreateMultiPoint([.. parts.Cast<Point>()]),
                        5 => _factory.CreateMultiLineString([.. parts.Cast<LineString>()]),
                        6 => _factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
                        _ => _factory.CreateGeometryCollection(parts),
                    };
                default:
                    throw new FormatException($"The WKB geometry type {code} is not one of the simple features this reader supports.");
            }
        }

        private static string Name(uint type) => type switch { 4 => "MultiPoint", 5 => "MultiLineString", _ => "MultiPolygon" };

        private LinearRing Ring(bool hasZ, bool hasM, int ordinates)
        {
            var coordinates = Coordinates(hasZ, hasM, ordinates);
            try
            {
                return _factory.CreateLinearRing(coordinates);
            }
            catch (ArgumentException ex)
            {
                // NetTopologySuite refuses rings that are not closed or have fewer than four points.
                throw new FormatException($"The WKB holds an invalid polygon ring: {ex.Message}", ex);
            }
        }

        private Coordinate[] Coordinates(bool hasZ, bool hasM, int ordinates)
        {
            var coordinates = new Coordinate[Count(8 * ordinates)];
            for (var i = 0; i < coordinates.Length; i++)
            {
                coordinates[i] = Coordinate(hasZ, hasM);
            }

            return coordinates;
        }

        private Coordinate Coordinate(bool hasZ, bool hasM)
        {
            var (x, y) = (Double(), Double());
            return (hasZ, hasM) switch
            {
                (false, false) => new Coordinate(x, y),
                (true, false) => new CoordinateZ(x, y, Double()),
                (false, true) => new CoordinateM(x, y, Double()),
                _ => new CoordinateZM(x, y, Double(), Double()),
            };
        }

        /// <summary>A count of elements of at least <paramref name="elementBytes"/> each, checked against the bytes left.</summary>
        private int Count(int elementBytes)
        {
            var count = UInt();
            if (count > (uint)((_wkb.Length - _offset) / elementBytes))
            {
                throw new FormatException($"The WKB announces {count} elements but has only {_wkb.Length - _offset} bytes left.");
            }

            return (int)count;
        }

        private byte Byte()
        {
            Need(1);
            return _wkb[_offset++];
        }

        private uint UInt()
        {
            Need(4);
            var value = _little ? BinaryPrimitives.ReadUInt32LittleEndian(_wkb[_offset..]) : BinaryPrimitives.ReadUInt32BigEndian(_wkb[_offset..]);
            _offset += 4;
            return value;
        }

        private double Double()
        {
            Need(8);
            var value = _little ? BinaryPrimitives.ReadDoubleLittleEndian(_wkb[_offset..]) : BinaryPrimitives.ReadDoubleBigEndian(_wkb[_offset..]);
            _offset += 8;
            return value;
        }

        private readonly void Need(int bytes)
        {
            if (_wkb.Length - _offset < bytes)
            {
                throw new FormatException("The WKB ends in the middle of a geometry.");
            }
        }
    }
}
