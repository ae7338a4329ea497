using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// Reads a maXML file, IMSMA NG's exchange format: a root element (<c>MineActionFieldReport</c>) holding an optional
/// <c>DocumentHeader</c> and one <c>FieldReport</c> element per Data Entry Form. The file is read forward-only with
/// <see cref="XmlReader"/>, each field report becoming a small detached tree (no tree of the whole document). A document type declaration
/// is refused (no DTD processing, no external entities: XXE-safe), as is anything that is not well-formed XML.
/// </summary>
public static class MaXmlReader
{
    /// <summary>Reads the field reports of a maXML file.</summary>
    /// <param name="stream">The file.</param>
    /// <returns>The field reports, or why the file was refused.</returns>
    public static MaXmlReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        var reports = new List<MaXmlFieldReport>();
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return MaXmlReadResult.Refused("the file is empty: it has no XML element.");
            }

            var root = reader.LocalName;
            if (reader.IsEmptyElement)
            {
                return MaXmlReadResult.Refused($"the root element <{root}> is empty: the file holds no FieldReport.");
            }

            reader.Read();
            while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (string.Equals(reader.LocalName, "FieldReport", StringComparison.OrdinalIgnoreCase))
                {
                    var number = reports.Count + 1;
                    var element = (XElement)XNode.ReadFrom(reader);
                    reports.Add(new MaXmlFieldReport(number, string.Create(CultureInfo.InvariantCulture, $"/{root}/FieldReport[{number}]"), element));
                }
                else
                {
                    reader.Skip(); // DocumentHeader and auxiliary data: read past.
                }
            }

            // Reading to the end makes a truncated file fail here rather than pass with the reports before the cut.
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex) when (ex.Message.StartsWith("Root element is missing", StringComparison.Ordinal))
        {
            return MaXmlReadResult.Refused("the file is empty: it has no XML element.");
        }
        catch (XmlException ex)
        {
            var what = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "the file declares a document type (DTD); maXML has none and Homeward does not process DTDs or external entities"
                : "the file is not well-formed XML (cut short, or not XML)";
            return MaXmlReadResult.Refused(string.Create(CultureInfo.InvariantCulture,
                $"{what}: line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}"));
        }

        return reports.Count == 0
            ? MaXmlReadResult.Refused("the file holds no FieldReport element: it is not a maXML export of IMSMA NG Data Entry Forms.")
            : MaXmlReadResult.Read(reports);
    }
}
