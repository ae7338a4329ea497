using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// Reads maXML elements the tolerant way IMSMA NG's own exports need: names compare without case or namespace (NG's
/// exports differ from the generic maXML schema, and countries add fields), a value is an attribute or a child element of
/// that name, blank is absent.
/// </summary>
internal static class MaXmlElements
{
    public static bool Is(XElement e, string name) => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    public static XElement? Child(XElement e, params string[] names) => e.Elements().FirstOrDefault(c => names.Any(n => Is(c, n)));

    public static IEnumerable<XElement> Children(XElement e, string name) => e.Elements().Where(c => Is(c, name));

    /// <summary>The first non-blank attribute or child element with one of the names, trimmed.</summary>
    public static string? Value(XElement e, params string[] names)
    {
        foreach (var name in names)
        {
            var attribute = e.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));
            if (!string.IsNullOrWhiteSpace(attribute?.Value))
            {
                return attribute.Value.Trim();
            }

            var child = Child(e, name);
            if (child is not null && !child.HasElements && !string.IsNullOrWhiteSpace(child.Value))
            {
                return child.Value.Trim();
            }
        }

        return null;
    }

    /// <summary>The element's path from the root, with <c>[n]</c> (from 1) where the parent has more than one element of that name.</summary>
    public static string PathOf(XElement e, string reportPath, XElement report)
    {
        var parts = new List<string>();
        for (var x = e; x is not null && x != report; x = x.Parent)
        {
            var same = x.Parent?.Elements().Where(s => Is(s, x.Name.LocalName)).ToList();
            parts.Add(same is { Count: > 1 }
                ? string.Create(CultureInfo.InvariantCulture, $"{x.Name.LocalName}[{same.IndexOf(x) + 1}]")
                : x.Name.LocalName);
        }

        var text = new StringBuilder(reportPath);
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            text.Append('/').Append(parts[i]);
        }

        return text.ToString();
    }
}
