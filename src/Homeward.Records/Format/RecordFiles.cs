using System.Text;

namespace Homeward.Records.Format;

/// <summary>Reads a record file by its kind: JSON (<c>.json</c>) or the spreadsheet layout as CSV (<c>.csv</c>). Thread-safe.</summary>
public static class RecordFiles
{
    /// <summary>Reads a record file.</summary>
    /// <param name="fileName">The file's name; its extension says the kind (JSON when it is neither <c>.csv</c> nor <c>.json</c>).</param>
    /// <param name="content">The file's bytes (UTF-8, with or without a byte-order mark).</param>
    /// <returns>The record, or the problems found.</returns>
    public static RecordReadResult Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var text = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        return Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? RecordCsv.Read(text)
            : MinefieldRecordReader.ReadJson(text);
    }
}
