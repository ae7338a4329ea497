using System.Buffers.Binary;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes the geometry half of a shapefile, <c>.shp</c> and its index <c>.shx</c>, as the ESRI Shapefile Technical
/// Description (1998) gives them: big-endian record headers, little-endian content, polygon shells clockwise and
/// holes counter-clockwise. Two-dimensional; features without geometry are null shapes. Not thread-safe.
/// </summary>
internal sealed class ShpWriter : IDisposable
{
    /// <summary>The shape type of points.</summary>
    public const int PointType = 1;

    /// <summary>The shape type of lines.</summary>
    public const int PolyLineType = 3;

    /// <summary>The shape type of polygons.</summary>
    public const int PolygonType = 5;

    /// <summary>The shape type of multipoints.</summary>
    public const int MultiPointType = 8;

    private const int HeaderBytes = 100;

    private readonly int _type;
    private readonly FileStream _shp;
    private readonly FileStream _shx;
    private readonly Envelope _extent = new();
    private byte[] _buffer = new byte[1 << 12];
    private int _records;
    private long _offsetWords = HeaderBytes / 2;

    public ShpWriter(string shpPath, int type)
    {
        _type = type;
        _shp = new FileStream(shpPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _shx = new FileStream(Path.ChangeExtension(shpPath, ".shx"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _shp.Write(new byte[HeaderBytes]);
        _shx.Write(new byte[HeaderBytes]);
    }

    public void Write(Geometry? geometry)
    {
        var length = geometry is null ? 4 : ContentLength(geometry);
        if (_buffer.Length < length + 8)
        {
            _buffer = new byte[Math.Max(length + 8, _buffer.Length * 2)];
        }

        var record = _buffer.AsSpan(0, length + 8);
        BinaryPrimitives.WriteInt32BigEndian(record, ++_records);
        BinaryPrimitives.WriteInt32BigEndian(record[4..], length / 2);
        var content = record[8..];
        if (geometry is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(content, 0);
        }
        else
        {
            _extent.ExpandToInclude(geometry.EnvelopeInternal);
            WriteContent(geometry, content);
        }

        _shp.Write(record);
        Span<byte> index = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(index, checked((int)_offsetWords));
        BinaryPrimitives.WriteInt32BigEndian(index[4..], length / 2);
        _shx.Write(index);
        _offsetWords += (length + 8) / 2;
    }

    /// <summary>Writes both headers, now that the lengths and the extent are known, and closes the files.</summary>
    public void Complete()
    {
        WriteHeader(_shp, _offsetWords);
        WriteHeader(_shx, (HeaderBytes / 2) + (4L * _records));
        Dispose();
    }

    public void Dispose()
    {
        _shp.Dispose();
        _shx.Dispose();
    }

    private static IEnumerable<(CoordinateSequence Ring, bool Reverse)> Parts(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon polygon:
                    // Shells clockwise, holes counter-clockwise (the specification's rule; readers find holes by it).
                    var shell = polygon.ExteriorRing.CoordinateSequence;
                    yield return (shell, Orientation.IsCCW(shell));
                    foreach (var hole in polygon.InteriorRings)
                    {
                        yield return (hole.CoordinateSequence, !Orientation.IsCCW(hole.CoordinateSequence));
                    }

                    break;
                case LineString line:
                    yield return (line.CoordinateSequence, false);
                    break;
            }
        }
    }

    private int ContentLength(Geometry geometry) => _type switch
    {
        PointType => 20,
        MultiPointType => 40 + (16 * geometry.NumPoints),
        _ => 44 + Parts(geometry).Sum(p => 4 + (16 * p.Ring.Count)),
    };

    private void WriteContent(Geometry geometry, Span<byte> content)
    {
        BinaryPrimitives.WriteInt32LittleEndian(content, _type);
        if (_type == PointType)
        {
            var point = (Point)geometry;
            BinaryPrimitives.WriteDoubleLittleEndian(content[4..], point.X);
            BinaryPrimitives.WriteDoubleLittleEndian(content[12..], point.Y);
            return;
        }

        var box = geometry.EnvelopeInternal;
        BinaryPrimitives.WriteDoubleLittleEndian(content[4..], box.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(content[12..], box.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(content[20..], box.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(content[28..], box.MaxY);
        if (_type == MultiPointType)
        {
            BinaryPrimitives.WriteInt32LittleEndian(content[36..], geometry.NumPoints);
            var offset = 40;
            foreach (var coordinate in geometry.Coordinates)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(content[offset..], coordinate.X);
                BinaryPrimitives.WriteDoubleLittleEndian(content[(offset + 8)..], coordinate.Y);
                offset += 16;
            }

            return;
        }

        var parts = Parts(geometry).ToList();
        var points = parts.Sum(p => p.Ring.Count);
        BinaryPrimitives.WriteInt32LittleEndian(content[36..], parts.Count);
        BinaryPrimitives.WriteInt32LittleEndian(content[40..], points);
        var partOffset = 44;
        var pointOffset = 44 + (4 * parts.Count);
        var first = 0;
        foreach (var (ring, reverse) in parts)
        {
            BinaryPrimitives.WriteInt32LittleEndian(content[partOffset..], first);
            partOffset += 4;
            first += ring.Count;
            for (var i = 0; i < ring.Count; i++)
            {
                var j = reverse ? ring.Count - 1 - i : i;
                BinaryPrimitives.WriteDoubleLittleEndian(content[pointOffset..], ring.GetX(j));
                BinaryPrimitives.WriteDoubleLittleEndian(content[(pointOffset + 8)..], ring.GetY(j));
                pointOffset += 16;
            }
        }
    }

    private void WriteHeader(FileStream file, long lengthWords)
    {
        Span<byte> header = stackalloc byte[HeaderBytes];
        header.Clear();
        BinaryPrimitives.WriteInt32BigEndian(header, 9994);
        BinaryPrimitives.WriteInt32BigEndian(header[24..], checked((int)lengthWords));
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], 1000);
        BinaryPrimitives.WriteInt32LittleEndian(header[32..], _type);
        var extent = _extent.IsNull ? new Envelope(0, 0, 0, 0) : _extent;
        BinaryPrimitives.WriteDoubleLittleEndian(header[36..], extent.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(header[44..], extent.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(header[52..], extent.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(header[60..], extent.MaxY);
        file.Flush();
        file.Position = 0;
        file.Write(header);
        file.Flush();
    }
}
