using System.Text;

namespace Homeward.Records.Format;

/// <summary>Reads a record file by its kind: JSON (<c>.json</c>), or the spreadsheet layout as CSV (<c>.csv</c>) or Excel (<c>.xlsx</c>). Thread-safe.</summary>
public static class RecordFiles
{
    /// <summary>Reads a record file.</summary>
    /// <param name="fileName">The file's name; its extension says the kind (JSON unless it is <c>.csv</c> or <c>.xlsx</c>).</param>
    /// <param name="content">The file's bytes (text in UTF-8, with or without a byte-order mark).</param>
    /// <returns>The record, or the problems found.</returns>
    public static RecordReadResult Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return RecordXlsx.Read(content);
        }

        var text = new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF');
        return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? RecordCsv.Read(text) : MinefieldRecordReader.ReadJson(text);
    }
}
