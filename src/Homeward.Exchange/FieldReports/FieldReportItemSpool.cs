using System.Collections;
using System.Text;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.FieldReports;

/// <summary>
/// The items of a report being built, kept in a temporary file instead of memory, so that an import of a file of any
/// size holds one item at a time: written in order with <see cref="Add"/>, then read in order as often as needed, or one
/// by index. Geometries are kept as WKB (exact doubles). The file is deleted when the spool is disposed (or the process
/// ends). Not thread-safe.
/// </summary>
public sealed class FieldReportItemSpool : IReadOnlyList<FieldReportItem>, IFieldReportItemSource, IDisposable
{
    private const int BufferBytes = 1 << 16;
    private const byte Plain = 0;
    private const byte AsJson = 1;
    private static readonly FieldReportJson JsonForm = new(GeometryServices.Wgs84);

    private readonly string _path;
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly List<long> _offsets = [];
    private readonly WKBWriter _wkbWriter = new(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false);
    private readonly WKBReader _wkbReader = new(GeometryServices.Instance);
    private FileStream? _randomReader;
    private bool _disposed;

    /// <summary>Creates an empty spool in the folder for temporary files.</summary>
    /// <exception cref="IOException">The temporary file cannot be created.</exception>
    public FieldReportItemSpool()
    {
        _path = Path.Combine(Path.GetTempPath(), $"homeward-items-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, BufferBytes, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <inheritdoc cref="IFieldReportItemSource.Count"/>
    public int Count => _offsets.Count;

    /// <summary>The temporary file the items are kept in.</summary>
    public string FilePath => _path;

    /// <summary>The item at <paramref name="index"/>, read back from the file.</summary>
    /// <param name="index">The item's position, from 0.</param>
    /// <returns>The item.</returns>
    public FieldReportItem this[int index]
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.Flush();
            _randomReader ??= OpenReader();
            _randomReader.Position = _offsets[index];
            using var reader = new BinaryReader(_randomReader, Encoding.UTF8, leaveOpen: true);
            return Read(reader);
        }
    }

    /// <summary>Adds an item at the end.</summary>
    /// <param name="item">The item.</param>
    public void Add(FieldReportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _offsets.Add(_file.Position);
        if (item.GeometryRepair is not null)
        {
            // Rare (a repair made at the user's request): the stored JSON form carries the note with its original geometry.
            _writer.Write(AsJson);
            _writer.Write(JsonForm.SerializeItem(item));
            return;
        }

        _writer.Write(Plain);
        _writer.Write(item.ItemRef);
        _writer.Write((int)item.Kind);
        _writer.Write(item.AttributesJson);
        WriteOptional(item.TargetCode);
        _writer.Write(item.BaseVersion ?? -1);
        if (item.Geometry is null)
        {
            _writer.Write(-1);
        }
        else
        {
            var wkb = _wkbWriter.Write(item.Geometry);
            _writer.Write(wkb.Length);
            _writer.Write(wkb);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<FieldReportItem> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
        var count = Count;
        var stream = OpenReader();
        await using var streamScope = stream.ConfigureAwait(false);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Read(reader);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<FieldReportItem> GetEnumerator()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
        var count = Count;
        using var stream = OpenReader();
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < count; i++)
        {
            yield return Read(reader);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Deletes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _randomReader?.Dispose();
        _writer.Dispose();
        _file.Dispose();
    }

    private FileStream OpenReader() =>
        new(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferBytes, FileOptions.SequentialScan);

    private void WriteOptional(string? text)
    {
        _writer.Write(text is not null);
        if (text is not null)
        {
            _writer.Write(text);
        }
    }

    private FieldReportItem Read(BinaryReader reader)
    {
        if (reader.ReadByte() == AsJson)
        {
            return JsonForm.DeserializeItem(reader.ReadString());
        }

        var itemRef = reader.ReadString();
        var kind = (ObjectKind)reader.ReadInt32();
        var attributes = reader.ReadString();
        var targetCode = reader.ReadBoolean() ? reader.ReadString() : null;
        var baseVersion = reader.ReadInt32();
        var length = reader.ReadInt32();
        Geometry? geometry = null;
        if (length >= 0)
        {
            geometry = _wkbReader.Read(reader.ReadBytes(length));
        }

        return new FieldReportItem(itemRef, kind, attributes, geometry, targetCode, baseVersion < 0 ? null : baseVersion);
    }
}
