using System.IO.Compression;
using System.Text;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads an Esri shapefile given as its <c>.shp</c>, as the folder that holds it, or as a <c>.zip</c>. The <c>.prj</c> is
/// matched to Homeward's CRS catalogue (<see cref="PrjCatalogue"/>); the <c>.cpg</c> names the attribute encoding (legacy
/// code pages such as Windows-1251 included) unless the caller gives one.
/// </summary>
public sealed class ShapefileSourceReader : SourceReader
{
    private readonly string _shp;
    private readonly string? _extracted;
    private readonly Encoding? _encoding;
    private int _total;
    private long _done;

    static ShapefileSourceReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ShapefileSourceReader(string path, string shp, string? extracted, Encoding? encoding)
        : base(path)
    {
        _shp = shp;
        _extracted = extracted;
        _encoding = encoding;
        Layer = System.IO.Path.GetFileNameWithoutExtension(shp);
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.Shapefile;

    /// <inheritdoc/>
    public override double Progress => _total == 0 ? 0 : Math.Min(1, (double)_done / _total);

    /// <summary>The encoding the attributes are read with.</summary>
    public Encoding? Encoding => _encoding;

    /// <summary>The <c>.shp</c> file read (inside a temporary folder when the input was a <c>.zip</c>).</summary>
    public string ShpPath => _shp;

    /// <summary>Opens a shapefile.</summary>
    /// <param name="path">A <c>.shp</c>, a folder or a <c>.zip</c>.</param>
    /// <param name="layer">Which shapefile, when the folder or archive holds several.</param>
    /// <param name="encoding">The attribute encoding, overriding the <c>.cpg</c>; <see langword="null"/> to use it.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="error">Why it cannot be read.</param>
    /// <returns>Whether it opened.</returns>
    public static bool TryOpen(string path, string? layer, Encoding? encoding, out ShapefileSourceReader? reader, out string? error)
    {
        reader = null;
        error = null;
        string? extracted = null;
        var folder = path;
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            extracted = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "homeward-import-" + Guid.NewGuid().ToString("N"));
            try
            {
                ZipFile.ExtractToDirectory(path, extracted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
            {
                Delete(extracted);
                error = $"not a readable .zip archive: {ex.Message}";
                return false;
            }

            folder = extracted;
        }

        string shp;
        if (File.Exists(path) && extracted is null)
        {
            shp = path;
        }
        else
        {
            var found = Directory.EnumerateFiles(folder, "*.shp", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var chosen = layer is null ? found : found.Where(f => string.Equals(System.IO.Path.GetFileNameWithoutExtension(f), layer, StringComparison.OrdinalIgnoreCase)).ToList();
            if (chosen.Count != 1)
            {
                Delete(extracted);
                error = found.Count == 0 ? "there is no .shp file in it."
                    : $"{(layer is null ? "it holds several shapefiles" : $"it holds no shapefile '{layer}'")}; choose one with --layer: "
                        + string.Join(", ", found.Select(System.IO.Path.GetFileNameWithoutExtension)) + ".";
                return false;
            }

            shp = chosen[0];
        }

        var candidate = new ShapefileSourceReader(path, shp, extracted, encoding ?? CodePage(shp, out error));
        if (error is not null)
        {
            candidate.Dispose();
            return false;
        }

        var prj = System.IO.Path.ChangeExtension(shp, ".prj");
        if (File.Exists(prj))
        {
            var wkt = File.ReadAllText(prj);
            if (PrjCatalogue.TryMatch(wkt, out var srid))
            {
                candidate.DeclaredSrid = srid;
            }
            else
            {
                candidate.UnknownCrs = wkt.Length > 200 ? wkt[..200] + "..." : wkt;
            }
        }

        reader = candidate;
        return true;
    }

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        ShapefileReader shapefile;
        try
        {
            if (ShapefileCheck.Damage(_shp) is { } damage)
            {
                Fail(damage);
                yield break;
            }

            shapefile = Shapefile.OpenRead(_shp, new ShapefileReaderOptions { Encoding = _encoding, Factory = Geo.GeometryServices.ForSrid(DeclaredSrid ?? 0) });
            _total = shapefile.RecordCount;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            Fail($"not a readable shapefile: {ex.Message}");
            yield break;
        }

        using (shapefile)
        {
            while (true)
            {
                SourceRecord record;
                try
                {
                    if (!shapefile.Read(out var deleted))
                    {
                        yield break;
                    }

                    _done++;
                    if (_done > _total)
                    {
                        Fail("the shapefile has more records than its header says; it is damaged.");
                        yield break;
                    }

                    if (deleted)
                    {
                        continue;
                    }

                    var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var field in shapefile.Fields)
                    {
                        SeeColumn(field.Name);
                        attributes[field.Name] = field.Value is string s ? s.TrimEnd() : field.Value;
                    }

                    var geometry = shapefile.Geometry;
                    record = new SourceRecord(_done, attributes, geometry is null || geometry.IsEmpty ? null : geometry);
                }
                catch (Exception ex) when (IsDamage(ex))
                {
                    Fail($"the shapefile is damaged after record {_done}: {ex.Message}");
                    yield break;
                }

                yield return record;
            }
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Delete(_extracted);
        }

        base.Dispose(disposing);
    }

    /// <summary>The encoding a <c>.cpg</c> names: <c>UTF-8</c>, <c>1251</c>, <c>CP1251</c>, <c>windows-1251</c>, <c>ANSI 1251</c>...</summary>
    internal static Encoding? CodePage(string shp, out string? error)
    {
        error = null;
        var cpg = System.IO.Path.ChangeExtension(shp, ".cpg");
        if (!File.Exists(cpg))
        {
            return null;
        }

        var name = File.ReadAllText(cpg).Trim();
        var encoding = EncodingNamed(name);
        if (encoding is null)
        {
            error = $"the .cpg names the encoding '{name}', which is not known; give one with --encoding (for example windows-1251 or utf-8).";
        }

        return encoding;
    }

    /// <summary>The encoding a name gives, in the forms .cpg files and users write, or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The encoding.</returns>
    public static Encoding? EncodingNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = name.Trim();
        foreach (var prefix in new[] { "ANSI ", "CP", "WINDOWS-", "OEM " })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(text[prefix.Length..].Trim(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var page))
            {
                return Page(page);
            }
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return Page(number);
        }

        try
        {
            return Encoding.GetEncoding(text);
        }
        catch (ArgumentException)
        {
            return null;
        }

        static Encoding? Page(int page)
        {
            try
            {
                return Encoding.GetEncoding(page);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                return null;
            }
        }
    }

    private static void Delete(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
