using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads the placemarks of a KML file one at a time with an <see cref="XmlReader"/> (no DTDs, no external entities):
/// Point, LineString, Polygon and MultiGeometry, with <c>name</c>, <c>description</c> and the <c>ExtendedData</c>
/// (<c>Data</c> and <c>SchemaData</c>) as attributes. KML is always WGS 84 longitude, latitude.
/// </summary>
public sealed class KmlSourceReader : SourceReader
{
    private readonly FileStream _stream;

    /// <summary>Opens a KML file.</summary>
    /// <param name="path">The file.</param>
    public KmlSourceReader(string path)
        : base(path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        DeclaredSrid = GeometryServices.StorageSrid;
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.Kml;

    /// <inheritdoc/>
    public override string RecordWord => "placemark";

    /// <inheritdoc/>
    public override double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(_stream, settings);
        long number = 0;
        while (true)
        {
            XElement placemark;
            try
            {
                if (!NextPlacemark(xml))
                {
                    if (number == 0)
                    {
                        Fail("the KML file has no placemarks.");
                    }

                    yield break;
                }

                placemark = (XElement)XNode.ReadFrom(xml);
            }
            catch (XmlException ex)
            {
                Fail($"not valid KML (XML) after placemark {number}: {ex.Message}");
                yield break;
            }

            number++;
            yield return Parse(number, placemark);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Moves to the next Placemark element in any namespace (KML 2.2, Google's, or none).</summary>
    private static bool NextPlacemark(XmlReader xml)
    {
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Placemark")
            {
                return true;
            }

            xml.Read();
        }

        return false;
    }

    private SourceRecord Parse(long number, XElement placemark)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var simple in new[] { "name", "description" })
        {
            if (Child(placemark, simple) is { } element)
            {
                SeeColumn(simple);
                attributes[simple] = element.Value.Trim();
            }
        }

        if (Child(placemark, "ExtendedData") is { } extended)
        {
            foreach (var data in extended.Descendants().Where(e => e.Name.LocalName is "Data" or "SimpleData"))
            {
                var name = (string?)data.Attribute("name");
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                SeeColumn(name);
                attributes[name] = data.Name.LocalName == "Data" ? Child(data, "value")?.Value : data.Value;
            }
        }

        var geometryElement = placemark.Elements().FirstOrDefault(e => e.Name.LocalName is "Point" or "LineString" or "Polygon" or "MultiGeometry" or "LinearRing");
        if (geometryElement is null)
        {
            return new SourceRecord(number, attributes, null);
        }

        try
        {
            return new SourceRecord(number, attributes, ReadGeometry(geometryElement));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return new SourceRecord(number, attributes, null) { GeometryProblem = $"not a valid KML geometry: {ex.Message}" };
        }
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static Geometry ReadGeometry(XElement element)
    {
        var factory = GeometryServices.Wgs84;
        switch (element.Name.LocalName)
        {
            case "Point":
                var point = Coordinates(element);
                return point.Length == 1 ? factory.CreatePoint(point[0]) : throw new FormatException("a Point has one position.");
            case "LineString":
                return factory.CreateLineString(Coordinates(element));
            case "LinearRing":
                return factory.CreatePolygon(Coordinates(element));
            case "Polygon":
                var outer = element.Elements().FirstOrDefault(e => e.Name.LocalName == "outerBoundaryIs")
                    ?? throw new FormatException("a Polygon needs an outerBoundaryIs.");
                var holes = element.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs")
                    .Select(h => factory.CreateLinearRing(Coordinates(h))).ToArray();
                return factory.CreatePolygon(factory.CreateLinearRing(Coordinates(outer)), holes);
            default:
                var parts = element.Elements()
                    .Where(e => e.Name.LocalName is "Point" or "LineString" or "Polygon" or "MultiGeometry" or "LinearRing")
                    .Select(ReadGeometry).ToArray();
                return parts switch
                {
                    [] => throw new FormatException("a MultiGeometry has no parts."),
                    _ when parts.All(p => p is Polygon) => factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
                    _ when parts.All(p => p is Point) => factory.CreateMultiPoint([.. parts.Cast<Point>()]),
                    _ when parts.All(p => p is LineString) => factory.CreateMultiLineString([.. parts.Cast<LineString>()]),
                    _ => factory.CreateGeometryCollection(parts),
                };
        }
    }

    private static Coordinate[] Coordinates(XElement element)
    {
        var text = element.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value
            ?? throw new FormatException($"a {element.Name.LocalName} has no coordinates.");
        var tuples = text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var coordinates = new Coordinate[tuples.Length];
        for (var i = 0; i < tuples.Length; i++)
        {
            var parts = tuples[i].Split(',');
            if (parts.Length < 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                throw new FormatException($"'{tuples[i]}' is not a position written longitude,latitude[,altitude].");
            }

            coordinates[i] = new Coordinate(x, y);
        }

        return coordinates;
    }
}
