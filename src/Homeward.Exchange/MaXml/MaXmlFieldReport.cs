using System.Xml.Linq;

namespace Homeward.Exchange.MaXml;

/// <summary>One <c>FieldReport</c> element of a maXML file (an IMSMA NG Data Entry Form): its info and its item element.</summary>
/// <param name="Number">Its position among the file's field reports, from 1.</param>
/// <param name="Path">Its element path, for example <c>/MineActionFieldReport/FieldReport[3]</c>.</param>
/// <param name="Element">The <c>FieldReport</c> element, detached from the file.</param>
public sealed record MaXmlFieldReport(int Number, string Path, XElement Element)
{
    /// <summary>The <c>reportGUID</c> of its <c>FieldReportInfo</c>, or <see langword="null"/>.</summary>
    public string? ReportGuid => MaXmlElements.Child(Element, "FieldReportInfo") is { } info ? MaXmlElements.Value(info, "reportGUID") : null;

    /// <summary>The <c>fieldReportGUID</c> of its <c>FieldReportInfo</c> (unique to each report), or <see langword="null"/>.</summary>
    public string? FieldReportGuid => MaXmlElements.Child(Element, "FieldReportInfo") is { } info ? MaXmlElements.Value(info, "fieldReportGUID") : null;

    /// <summary>The item element (<c>Hazard</c>, <c>HazardReduction</c>, <c>Accident</c>, ...), or <see langword="null"/>.</summary>
    public XElement? Item => Element.Elements().FirstOrDefault(e => !MaXmlElements.Is(e, "FieldReportInfo") && !MaXmlElements.Is(e, "Attachment")
        && !MaXmlElements.Is(e, "DocumentHeader"));
}
