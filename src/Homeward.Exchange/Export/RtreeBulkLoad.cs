using System.Buffers.Binary;

namespace Homeward.Exchange.Export;

/// <summary>
/// Builds the contents of an SQLite R-tree (<c>CREATE VIRTUAL TABLE … USING rtree(id, minx, maxx, miny, maxy)</c>) in one
/// pass, packed sort-tile-recursive, instead of inserting box after box. The nodes follow SQLite's R-tree format
/// (ext/rtree/rtree.c): a node is a blob of a two-byte depth (root only), a two-byte cell count and cells of a
/// big-endian 64-bit id and four big-endian 32-bit floats (minx, maxx, miny, maxy) rounded outward; node 1 is the
/// root; the <c>_rowid</c> and <c>_parent</c> tables map entries and nodes to their nodes.
/// </summary>
internal static class RtreeBulkLoad
{
    /// <summary>The most cells SQLite puts in a node (RTREE_MAXCELLS), which with 2-D cells sets its node size.</summary>
    public const int MaxCells = 51;

    private const int CellBytes = 24;

    /// <summary>The size of a node blob: 4 + 24 × 51 bytes, what SQLite uses for 2-D trees with pages of 2 KB or more.</summary>
    public const int NodeBytes = 4 + (CellBytes * MaxCells);

    /// <summary>Packs the boxes into nodes.</summary>
    /// <param name="boxes">The entries: id and box.</param>
    /// <returns>The nodes by number (1 is the root, with the tree's depth), each node's parent, and each entry's leaf.</returns>
    public static (List<(long Number, byte[] Data)> Nodes, List<(long Node, long Parent)> Parents, List<(long Id, long Node)> Leaves) Build(
        IReadOnlyList<(long Id, double MinX, double MaxX, double MinY, double MaxY)> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var nodes = new List<(long Number, byte[] Data)>();
        var parents = new List<(long Node, long Parent)>();
        var leaves = new List<(long Id, long Node)>();
        if (boxes.Count == 0)
        {
            nodes.Add((1, new byte[NodeBytes]));
            return (nodes, parents, leaves);
        }

        // Level by level, bottom up: each level's entries are packed into nodes, whose boxes are the next level's entries.
        var level = boxes.Select(b => new Entry(b.Id, b.MinX, b.MaxX, b.MinY, b.MaxY, null)).ToList();
        var levels = new List<List<Node>>();
        while (true)
        {
            var packed = Pack(level);
            levels.Add(packed);
            if (packed.Count == 1)
            {
                break;
            }

            level = [.. packed.Select(n => new Entry(0, n.MinX, n.MaxX, n.MinY, n.MaxY, n))];
        }

        // Number the nodes from the root down; the root is 1.
        var next = 1L;
        for (var l = levels.Count - 1; l >= 0; l--)
        {
            foreach (var node in levels[l])
            {
                node.Number = next++;
            }
        }

        var depth = levels.Count - 1;
        for (var l = levels.Count - 1; l >= 0; l--)
        {
            foreach (var node in levels[l])
            {
                var data = new byte[NodeBytes];
                if (node.Number == 1)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(data, (ushort)depth);
                }

                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2), (ushort)node.Entries.Count);
                for (var i = 0; i < node.Entries.Count; i++)
                {
                    var e = node.Entries[i];
                    var cell = data.AsSpan(4 + (i * CellBytes));
                    var id = e.Child?.Number ?? e.Id;
                    BinaryPrimitives.WriteInt64BigEndian(cell, id);
                    BinaryPrimitives.WriteSingleBigEndian(cell[8..], Down(e.MinX));
                    BinaryPrimitives.WriteSingleBigEndian(cell[12..], Up(e.MaxX));
                    BinaryPrimitives.WriteSingleBigEndian(cell[16..], Down(e.MinY));
                    BinaryPrimitives.WriteSingleBigEndian(cell[20..], Up(e.MaxY));
                    if (e.Child is null)
                    {
                        leaves.Add((e.Id, node.Number));
                    }
                    else
                    {
                        parents.Add((e.Child.Number, node.Number));
                    }
                }

                nodes.Add((node.Number, data));
            }
        }

        return (nodes, parents, leaves);
    }

    // Sort-tile-recursive: slices by x, then runs of up to MaxCells by y within each slice.
    private static List<Node> Pack(List<Entry> entries)
    {
        var count = (entries.Count + MaxCells - 1) / MaxCells;
        var slices = (int)Math.Ceiling(Math.Sqrt(count));
        var perSlice = slices * MaxCells;
        entries.Sort((a, b) => (a.MinX + a.MaxX).CompareTo(b.MinX + b.MaxX));
        var nodes = new List<Node>(count);
        for (var s = 0; s < entries.Count; s += perSlice)
        {
            var slice = entries.GetRange(s, Math.Min(perSlice, entries.Count - s));
            slice.Sort((a, b) => (a.MinY + a.MaxY).CompareTo(b.MinY + b.MaxY));
            for (var i = 0; i < slice.Count; i += MaxCells)
            {
                nodes.Add(new Node(slice.GetRange(i, Math.Min(MaxCells, slice.Count - i))));
            }
        }

        return nodes;
    }

    // SQLite stores boxes as 32-bit floats rounded outward, so that a box never shrinks.
    private static float Down(double value)
    {
        var f = (float)value;
        return f > value ? MathF.BitDecrement(f) : f;
    }

    private static float Up(double value)
    {
        var f = (float)value;
        return f < value ? MathF.BitIncrement(f) : f;
    }

    private sealed record Entry(long Id, double MinX, double MaxX, double MinY, double MaxY, Node? Child);

    private sealed class Node(List<Entry> entries)
    {
        public List<Entry> Entries { get; } = entries;

        public long Number { get; set; }

        public double MinX { get; } = entries.Min(e => e.MinX);

        public double MaxX { get; } = entries.Max(e => e.MaxX);

        public double MinY { get; } = entries.Min(e => e.MinY);

        public double MaxY { get; } = entries.Max(e => e.MaxY);
    }
}
