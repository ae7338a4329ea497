using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using Homeward.Exchange.Spreadsheets;
using Homeward.Geo;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;

namespace Homeward.Exchange.Import;

/// <summary>
/// Writes the records an import refused, in the format they came in, with their attributes and geometry as given (in
/// the source's CRS) and a <c>reason</c> column or property that says what is wrong, so that they can be fixed and
/// imported again.
/// </summary>
public static class RejectedRecordFile
{
    /// <summary>The column or property that holds the reason.</summary>
    public const string ReasonColumn = "reason";

    /// <summary>Where the rejected records of a source go by default: next to it, <c>NAME.rejected.EXT</c> (a folder's shapefile as a <c>.zip</c>).</summary>
    /// <param name="reader">The source.</param>
    /// <returns>The path.</returns>
    public static string DefaultPath(SourceReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var path = Path.TrimEndingDirectorySeparator(reader.Path);
        var extension = Directory.Exists(path) ? ".zip" : Path.GetExtension(path);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", Path.GetFileNameWithoutExtension(path) + ".rejected" + extension);
    }

    /// <summary>Writes the rejected records.</summary>
    /// <param name="reader">The source they came from (its format, columns, CRS and layer).</param>
    /// <param name="srid">The CRS of the records' geometries.</param>
    /// <param name="rejected">The records and why each was refused.</param>
    /// <param name="path">The file to write; replaced if it exists.</param>
    public static void Write(SourceReader reader, int srid, IReadOnlyList<(SourceRecord Record, string Reason)> rejected, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(path);
        var columns = reader.Columns.Where(c => c != ReasonColumn).ToList();
        switch (reader)
        {
            case CsvSourceReader csv:
                WriteCsv(path, csv.Separator, columns, rejected);
                break;
            case XlsxSourceReader:
                WriteXlsx(path, columns, rejected);
                break;
            case KmlSourceReader:
                WriteKml(path, rejected);
                break;
            case GeoPackageSourceReader:
                RejectedGeoPackage.Write(path, reader.Layer ?? "rejected", srid, columns, rejected);
                break;
            case ShapefileSourceReader shapefile:
                WriteShapefile(path, shapefile, srid, columns, rejected);
                break;
            default:
                WriteGeoJson(path, srid, rejected);
                break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteGeoJson(string path, int srid, IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.ForSrid(srid)));
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        if (srid != GeometryServices.StorageSrid)
        {
            json.WriteStartObject("crs");
            json.WriteString("type", "name");
            json.WriteStartObject("properties");
            json.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"urn:ogc:def:crs:EPSG::{srid}"));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("features");
        foreach (var (record, reason) in rejected)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WritePropertyName("properties");
            json.WriteStartObject();
            foreach (var (key, value) in record.Attributes.Where(a => a.Key != ReasonColumn))
            {
                json.WritePropertyName(key);
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case int i:
                        json.WriteNumberValue(i);
                        break;
                    case double d when double.IsFinite(d):
                        json.WriteNumberValue(d);
                        break;
                    case bool b:
                        json.WriteBooleanValue(b);
                        break;
                    default:
                        json.WriteStringValue(Text(value));
                        break;
                }
            }

            json.WriteString(ReasonColumn, reason);
            json.WriteEndObject();
            json.WritePropertyName("geometry");
            if (record.Geometry is { } geometry)
            {
                JsonSerializer.Serialize(json, geometry, options);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCsv(string path, char separator, List<string> columns, IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        string Quote(string text) => text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        writer.Write(string.Join(separator, columns.Append(ReasonColumn).Select(Quote)));
        writer.Write("\r\n");
        foreach (var (record, reason) in rejected)
        {
            writer.Write(string.Join(separator, columns.Select(c => Quote(Text(record.Attributes.GetValueOrDefault(c)))).Append(Quote(reason))));
            writer.Write("\r\n");
        }
    }

    private static void WriteXlsx(string path, List<string> columns, IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        using var workbook = XlsxWorkbookWriter.Create(path);
        workbook.AddSheet("rejected");
        workbook.WriteTextRow(columns.Append(ReasonColumn));
        foreach (var (record, reason) in rejected)
        {
            workbook.StartRow();
            foreach (var value in columns.Select(c => record.Attributes.GetValueOrDefault(c)))
            {
                // Numbers and booleans keep their type; anything else (an empty cell too) is written as text, as in CSV.
                switch (value)
                {
                    case long or int:
                        workbook.WriteNumber(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                        break;
                    case double number when double.IsFinite(number):
                        workbook.WriteNumber(number);
                        break;
                    case bool flag:
                        workbook.WriteBoolean(flag);
                        break;
                    default:
                        workbook.WriteText(Text(value));
                        break;
                }
            }

            workbook.WriteText(reason);
        }

        workbook.Complete();
    }

    private static void WriteKml(string path, IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        const string ns = "http://www.opengis.net/kml/2.2";
        using var xml = XmlWriter.Create(path, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartElement("kml", ns);
        xml.WriteStartElement("Document", ns);
        xml.WriteElementString("name", ns, "rejected records");
        foreach (var (record, reason) in rejected)
        {
            xml.WriteStartElement("Placemark", ns);
            if (record.Attributes.GetValueOrDefault("name") is { } name)
            {
                xml.WriteElementString("name", ns, Text(name));
            }

            xml.WriteStartElement("ExtendedData", ns);
            foreach (var (key, value) in record.Attributes.Where(a => a.Key is not ("name" or ReasonColumn)).Append(new(ReasonColumn, reason)))
            {
                xml.WriteStartElement("Data", ns);
                xml.WriteAttributeString("name", key);
                xml.WriteElementString("value", ns, Text(value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (record.Geometry is { } geometry)
            {
                WriteKmlGeometry(xml, ns, geometry);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteKmlGeometry(XmlWriter xml, string ns, Geometry geometry)
    {
        static string Coordinates(IEnumerable<Coordinate> coordinates) =>
            string.Join(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:R},{c.Y:R}")));
        switch (geometry)
        {
            case Point p:
                xml.WriteStartElement("Point", ns);
                xml.WriteElementString("coordinates", ns, Coordinates(p.Coordinates));
                xml.WriteEndElement();
                break;
            case LineString l:
                xml.WriteStartElement("LineString", ns);
                xml.WriteElementString("coordinates", ns, Coordinates(l.Coordinates));
                xml.WriteEndElement();
                break;
            case Polygon polygon:
                xml.WriteStartElement("Polygon", ns);
                void Ring(string boundary, LineString ring)
                {
                    xml.WriteStartElement(boundary, ns);
                    xml.WriteStartElement("LinearRing", ns);
                    xml.WriteElementString("coordinates", ns, Coordinates(ring.Coordinates));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                Ring("outerBoundaryIs", polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    Ring("innerBoundaryIs", hole);
                }

                xml.WriteEndElement();
                break;
            case GeometryCollection collection:
                xml.WriteStartElement("MultiGeometry", ns);
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    WriteKmlGeometry(xml, ns, collection.GetGeometryN(i));
                }

                xml.WriteEndElement();
                break;
        }
    }

    private static void WriteShapefile(string path, ShapefileSourceReader source, int srid, List<string> columns,
        IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        var zip = path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var folder = zip ? Path.Combine(Path.GetTempPath(), "homeward-rejected-" + Guid.NewGuid().ToString("N")) : null;
        var shp = zip ? Path.Combine(folder!, Path.GetFileNameWithoutExtension(path) + ".shp") : path;
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            var factory = GeometryServices.ForSrid(srid);
            var features = rejected.Select(r =>
            {
                var table = new AttributesTable();
                foreach (var c in columns)
                {
                    table.Add(c, Text(r.Record.Attributes.GetValueOrDefault(c)));
                }

                table.Add(ReasonColumn, r.Reason.Length > 254 ? r.Reason[..251] + "..." : r.Reason);
                return (IFeature)new Feature(r.Record.Geometry is null ? null : factory.CreateGeometry(r.Record.Geometry), table);
            }).ToList();
            var prj = Path.ChangeExtension(source.ShpPath, ".prj");
            Shapefile.WriteAllFeatures(features, shp, File.Exists(prj) ? File.ReadAllText(prj) : null, Encoding.UTF8);
            if (zip)
            {
                File.Delete(path);
                ZipFile.CreateFromDirectory(folder!, path);
            }
        }
        finally
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
