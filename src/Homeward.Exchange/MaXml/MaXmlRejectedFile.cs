using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// Writes the rejected field reports of a maXML import as a maXML file of their own: the same <c>FieldReport</c> elements,
/// each after a comment giving its problems, so that they can be corrected and imported again.
/// </summary>
public static class MaXmlRejectedFile
{
    /// <summary>Writes the rejected field reports.</summary>
    /// <param name="result">The import's result.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(MaXmlImportResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        var root = new XElement("MineActionFieldReport");
        foreach (var report in result.Rejected)
        {
            var problems = result.Errors.Where(e => e.Path.StartsWith(report.Path + "/", StringComparison.Ordinal) || e.Path == report.Path);
            // "--" may not appear inside an XML comment.
            var text = string.Join("\n", problems.Select(p => "  " + p.ToString().Replace("--", "- -", StringComparison.Ordinal)));
            root.Add(new XComment($" rejected by Homeward ({report.Path}):\n{text}\n"), new XElement(report.Element));
        }

        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
    }
}
