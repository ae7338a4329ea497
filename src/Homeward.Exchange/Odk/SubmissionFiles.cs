using System.IO.Compression;

namespace Homeward.Exchange.Odk;

/// <summary>
/// The files of a submissions export, by path relative to the export's root with <c>/</c> separators: the entries of
/// ODK Central's <c>.csv.zip</c> (the form's CSV, one CSV per repeat, <c>media/</c>), or a CSV or JSON file with the files
/// beside it (a <c>media/</c> folder, the repeat CSVs, photos). Immutable.
/// </summary>
public sealed class SubmissionFiles
{
    private readonly Dictionary<string, byte[]> _files;

    /// <summary>Files given in memory.</summary>
    /// <param name="main">The path of the main file (the form's CSV or the JSON), a key of <paramref name="files"/>.</param>
    /// <param name="files">Every file by relative path.</param>
    public SubmissionFiles(string main, IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _files = files.ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value, StringComparer.Ordinal);
        Main = main;
    }

    /// <summary>The path of the main file: the form's CSV, or the JSON.</summary>
    public string Main { get; }

    /// <summary>Every path.</summary>
    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The bytes of a file, or <see langword="null"/>.</summary>
    /// <param name="path">The relative path.</param>
    /// <returns>The bytes.</returns>
    public byte[]? Get(string path) => _files.GetValueOrDefault(path);

    /// <summary>
    /// Finds an attachment by the file name a submission gives: in <c>media/</c>, at the root, or anywhere else in the
    /// export (Kobo nests attachments in folders per submission). <paramref name="preferredPath"/> is tried first.
    /// </summary>
    /// <param name="fileName">The file name, without folders, as ODK stores it.</param>
    /// <param name="preferredPath">A path the export itself gives for the file, if any.</param>
    /// <returns>The path found, or <see langword="null"/>.</returns>
    public string? FindAttachment(string fileName, string? preferredPath = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (preferredPath is not null && _files.ContainsKey(preferredPath))
        {
            return preferredPath;
        }

        foreach (var candidate in new[] { $"media/{fileName}", fileName })
        {
            if (_files.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return _files.Keys.Where(k => k.EndsWith("/" + fileName, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>
    /// Opens an export on disk: a <c>.zip</c> (every entry), or a <c>.csv</c> or <c>.json</c> file with the files in its folder
    /// and in a <c>media/</c> folder beside it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The files, or <see langword="null"/> with <paramref name="error"/> when the zip cannot be read.</returns>
    /// <param name="error">Why the export could not be opened.</param>
    public static SubmissionFiles? Open(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        error = null;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var zip = ZipFile.OpenRead(path);
                var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                foreach (var entry in zip.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')))
                {
                    using var stream = entry.Open();
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    files[entry.FullName] = buffer.ToArray();
                }

                var main = files.Keys.Where(k => !k.Contains('/', StringComparison.Ordinal) && (k.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    || k.EndsWith(".json", StringComparison.OrdinalIgnoreCase))).OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
                if (main is null)
                {
                    error = "the zip holds no CSV or JSON file at its top level (ODK Central's export has FORM.csv there).";
                    return null;
                }

                return new SubmissionFiles(main, files);
            }
            catch (InvalidDataException ex)
            {
                error = $"not a readable zip file: {ex.Message}";
                return null;
            }
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var beside = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [Path.GetFileName(path)] = File.ReadAllBytes(path) };
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => IsCompanion(f, path)))
        {
            beside[Path.GetFileName(file)] = File.ReadAllBytes(file);
        }

        var media = Path.Combine(folder, "media");
        if (Directory.Exists(media))
        {
            foreach (var file in Directory.EnumerateFiles(media))
            {
                beside["media/" + Path.GetFileName(file)] = File.ReadAllBytes(file);
            }
        }

        return new SubmissionFiles(Path.GetFileName(path), beside);
    }

    // Beside a CSV: its repeat CSVs (FORM-repeat.csv) and pictures; never unrelated big files.
    private static bool IsCompanion(string file, string main)
    {
        var name = Path.GetFileName(file);
        var stem = Path.GetFileNameWithoutExtension(main);
        return !string.Equals(Path.GetFullPath(file), Path.GetFullPath(main), StringComparison.Ordinal)
            && ((name.StartsWith(stem + "-", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                || MediaTypes.IsMedia(name));
    }
}
