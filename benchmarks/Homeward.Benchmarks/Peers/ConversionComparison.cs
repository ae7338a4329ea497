using System.Diagnostics;
using System.Globalization;
using Homeward.Domain;
using Homeward.Exchange.Export;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// B9 conversions, ours against GDAL's <c>ogr2ogr</c> on the same generated files, alternating after a warm-up:
/// <c>B9-shp2gpkg</c> (polygons, Shapefile → GeoPackage), <c>B9-gpkg2shp</c> (GeoPackage → Shapefile) and <c>B9-csv</c>
/// (points with longitude, latitude and 10 columns, GeoPackage → CSV). Ours reads on one thread and writes on another
/// (<see cref="LayerCopy"/>; ogr2ogr uses one), reading with NetTopologySuite.IO.Esri.Shapefile or
/// <see cref="GeoPackageLayerReader"/>, and writes with the export writers. Both outputs are read back and compared
/// (feature count, then every 97th feature's geometry and attributes) before any speed is reported.
/// </summary>
internal sealed class ConversionComparison(string workFolder, int pairs, TextWriter report)
{
    private const double ToleranceDegrees = 1e-9;

    public int Run(string workload, int size)
    {
        var folder = Path.Combine(workFolder, workload);
        Directory.CreateDirectory(folder);
        return workload switch
        {
            "B9-shp2gpkg" => ShapefileToGeoPackage(folder, size),
            "B9-gpkg2shp" => GeoPackageToShapefile(folder, size),
            _ => GeoPackageToCsv(folder, size),
        };
    }

    private int ShapefileToGeoPackage(string folder, int size)
    {
        var source = Path.Combine(folder, "input.gpkg");
        GeneratePolygons(source, size);
        var shapefile = Path.Combine(folder, "source.shp");
        Ogr2Ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-nln", "source", shapefile, source]);
        var ours = Path.Combine(folder, "ours.gpkg");
        var peer = Path.Combine(folder, "peer.gpkg");
        var timing = Alternate(() => ConvertShapefile(shapefile, ours), () => Ogr2Ogr(["-f", "GPKG", "-nln", "input", peer, shapefile]));
        var failures = Compare(ReadGeoPackage(ours), ReadGeoPackage(peer), size, "B9-shp2gpkg");
        report.WriteLine(timing.Describe($"B9-shp2gpkg {size:N0} polygons Shapefile → GeoPackage", "ogr2ogr", size, "features"));
        return failures;
    }

    private int GeoPackageToShapefile(string folder, int size)
    {
        var source = Path.Combine(folder, "input.gpkg");
        GeneratePolygons(source, size);
        var ours = Path.Combine(folder, "ours.shp");
        var peer = Path.Combine(folder, "peer.shp");
        var timing = Alternate(() => ConvertGeoPackage(source, ExportFormat.Shapefile, ours),
            () => Ogr2Ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", peer, source]));
        var failures = Compare(ReadShapefile(ours), ReadShapefile(peer), size, "B9-gpkg2shp");
        report.WriteLine(timing.Describe($"B9-gpkg2shp {size:N0} polygons GeoPackage → Shapefile", "ogr2ogr", size, "features"));
        return failures;
    }

    private int GeoPackageToCsv(string folder, int size)
    {
        var source = Path.Combine(folder, "input.gpkg");
        GeneratePoints(source, size);
        var ours = Path.Combine(folder, "ours.csv");
        var peer = Path.Combine(folder, "peer.csv");
        var timing = Alternate(() => ConvertGeoPackage(source, ExportFormat.Csv, ours),
            () => Ogr2Ogr(["-f", "CSV", "-lco", "GEOMETRY=AS_WKT", peer, source]));
        var failures = Compare(ReadCsv(ours), ReadCsv(peer), size, "B9-csv");
        report.WriteLine(timing.Describe($"B9-csv {size:N0} points (lon/lat + 10 columns) GeoPackage → CSV", "ogr2ogr", size, "features"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B9-csv file sizes: ours {new FileInfo(ours).Length / 1e6:0.0} MB (WKT, lon, lat), ogr2ogr {new FileInfo(peer).Length / 1e6:0.0} MB (WKT)"));
        return failures;
    }

    private PairedTiming Alternate(Action ours, Action peer)
    {
        var oursSeconds = new List<double>();
        var peerSeconds = new List<double>();
        for (var pair = -1; pair < pairs; pair++)
        {
            var stopwatch = Stopwatch.StartNew();
            ours();
            var o = stopwatch.Elapsed.TotalSeconds;
            stopwatch.Restart();
            peer();
            var p = stopwatch.Elapsed.TotalSeconds;
            if (pair >= 0)
            {
                // The first pair warms both up (JIT, page cache) and is not counted.
                oursSeconds.Add(o);
                peerSeconds.Add(p);
            }
        }

        return new PairedTiming(oursSeconds, peerSeconds);
    }

    private static void ConvertShapefile(string shapefile, string output)
    {
        // As ogr2ogr does, shapes are taken as the file gives them (ring orientation decides shells and holes) and not
        // repaired: the library's default mode checks and repairs every polygon, three times slower.
        using var reader = Shapefile.OpenRead(shapefile, new ShapefileReaderOptions
        {
            Factory = GeometryServices.Wgs84,
            GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes,
        });
        var fields = reader.Fields.Select(f => new ExportField(f.Name, f switch
        {
            NetTopologySuite.IO.Esri.Dbf.Fields.DbfNumericInt32Field or NetTopologySuite.IO.Esri.Dbf.Fields.DbfNumericInt64Field => ExportFieldType.WholeNumber,
            NetTopologySuite.IO.Esri.Dbf.Fields.DbfNumericDoubleField or NetTopologySuite.IO.Esri.Dbf.Fields.DbfFloatField
                or NetTopologySuite.IO.Esri.Dbf.Fields.DbfNumericDecimalField => ExportFieldType.Real,
            NetTopologySuite.IO.Esri.Dbf.Fields.DbfDateField => ExportFieldType.Date,
            NetTopologySuite.IO.Esri.Dbf.Fields.DbfLogicalField => ExportFieldType.Boolean,
            _ => ExportFieldType.Text,
        })).ToList();
        var schema = new ExportLayerSchema("input", GeometryShape.Polygonal, fields, "B9 polygons");
        using var writer = new GeoPackageLayerWriter(output, schema);
        LayerCopy.Run(Features(reader, fields.Count), writer, CancellationToken.None);
    }

    private static IEnumerable<ExportFeature> Features(ShapefileReader reader, int fieldCount)
    {
        while (reader.Read(out var deleted))
        {
            if (deleted)
            {
                continue;
            }

            var values = new object?[fieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.Fields[i].Value switch
                {
                    int number => (long)number,
                    decimal number => (double)number,
                    DateTime day => DateOnly.FromDateTime(day),
                    var value => value,
                };
            }

            yield return new ExportFeature(reader.Geometry, values);
        }
    }

    private static void ConvertGeoPackage(string source, ExportFormat format, string output)
    {
        var schema = GeoPackageLayerReader.SchemaOf(source, "input");
        using var writer = LayerFiles.Open(format, output, schema);
        LayerCopy.Run(GeoPackageLayerReader.Read(source, "input", schema), writer, CancellationToken.None);
    }

    private static void Ogr2Ogr(string[] arguments)
    {
        // The output of the previous run goes first: GDAL's CSV driver does not replace a file.
        var output = arguments[^2];
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output) + ".*"))
        {
            File.Delete(file);
        }

        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ogr2ogr did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ogr2ogr {string.Join(' ', arguments)} failed: {error}");
        }
    }

    // Star-shaped polygons of 12–40 vertices, 20–400 m across, over the Karabakh districts, with ten attributes.
    private static void GeneratePolygons(string path, int count)
    {
        var random = new Random(9);
        var schema = new ExportLayerSchema("input", GeometryShape.Polygonal, Columns(), "B9 polygons");
        using var writer = new GeoPackageLayerWriter(path, schema);
        for (var i = 0; i < count; i++)
        {
            var (lon, lat) = (44.8 + (random.NextDouble() * 2.7), 38.8 + (random.NextDouble() * 1.8));
            var vertices = random.Next(12, 41);
            var radius = (10 + (random.NextDouble() * 190)) / 111_000.0;
            var ring = new Coordinate[vertices + 1];
            for (var v = 0; v < vertices; v++)
            {
                var angle = 2 * Math.PI * v / vertices;
                var r = radius * (0.6 + (0.4 * random.NextDouble()));
                ring[v] = new Coordinate(lon + (r * Math.Cos(angle) / Math.Cos(lat * Math.PI / 180)), lat + (r * Math.Sin(angle)));
            }

            ring[vertices] = ring[0].Copy();
            writer.Write(new ExportFeature(GeometryServices.Wgs84.CreatePolygon(ring), Row(random, i)));
        }

        writer.Complete();
    }

    private static void GeneratePoints(string path, int count)
    {
        var random = new Random(11);
        var schema = new ExportLayerSchema("input", GeometryShape.Point, Columns(), "B9 points");
        using var writer = new GeoPackageLayerWriter(path, schema);
        for (var i = 0; i < count; i++)
        {
            var point = GeometryServices.Wgs84.CreatePoint(new Coordinate(44.8 + (random.NextDouble() * 2.7), 38.8 + (random.NextDouble() * 1.8)));
            writer.Write(new ExportFeature(point, Row(random, i)));
        }

        writer.Complete();
    }

    private static List<ExportField> Columns() =>
    [
        new("code", ExportFieldType.Text, 16),
        new("name", ExportFieldType.Text, 40),
        new("status", ExportFieldType.Text, 16),
        new("category", ExportFieldType.Text, 16),
        new("priority", ExportFieldType.WholeNumber),
        new("quantity", ExportFieldType.WholeNumber),
        new("area_m2", ExportFieldType.Real),
        new("depth_cm", ExportFieldType.Real),
        new("found_on", ExportFieldType.Date),
        new("notes", ExportFieldType.Text, 80),
    ];

    private static object?[] Row(Random random, int i)
    {
        string[] statuses = ["open", "inProgress", "closedReleased"];
        string[] categories = ["ap-mine", "at-mine", "uxo", "cluster", "ied"];
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"HA-AGD-{i:D6}"),
            string.Create(CultureInfo.InvariantCulture, $"Field {random.Next(10_000)}, Ağdam"),
            statuses[random.Next(statuses.Length)],
            categories[random.Next(categories.Length)],
            (long)random.Next(1, 6),
            (long)random.Next(1, 50),
            Math.Round(random.NextDouble() * 250_000, 3),
            random.Next(4) == 0 ? null : Math.Round(random.NextDouble() * 40, 1),
            new DateOnly(2021, 1, 1).AddDays(random.Next(1_800)),
            random.Next(3) == 0 ? "marked; \"fenced\"" : null,
        ];
    }

    private static List<(Geometry? Geometry, Dictionary<string, string?> Values)> ReadGeoPackage(string path)
    {
        var schema = GeoPackageLayerReader.SchemaOf(path, "input");
        return [.. GeoPackageLayerReader.Read(path, "input", schema)
            .Select(f => (f.Geometry, schema.Fields.Select((field, i) => (field.Name, Text(f.Values[i]))).ToDictionary(p => p.Name, p => p.Item2)))];
    }

    private static List<(Geometry? Geometry, Dictionary<string, string?> Values)> ReadShapefile(string path) =>
        [.. Shapefile.ReadAllFeatures(path, new ShapefileReaderOptions { Factory = GeometryServices.Wgs84 })
            .Select(f => (f.Geometry, f.Attributes.GetNames().ToDictionary(n => n, n => Text(f.Attributes[n]))))];

    private static List<(Geometry? Geometry, Dictionary<string, string?> Values)> ReadCsv(string path)
    {
        var wkt = new WKTReader(GeometryServices.Instance);
        var lines = File.ReadLines(path).ToList();
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var fields = Split(line);
            var values = header.Select((name, i) => (name, value: fields[i].Length == 0 ? null : fields[i]))
                .Where(p => p.name is not ("WKT" or "lon" or "lat")).ToDictionary(p => p.name, p => p.value);
            return ((Geometry?)wkt.Read(fields[0]), values);
        })];
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime day => DateOnly.FromDateTime(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string { Length: 0 } => null,
        string text => text.Replace('/', '-'),
        IConvertible convertible => Convert.ToDouble(convertible, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private int Compare(List<(Geometry? Geometry, Dictionary<string, string?> Values)> ours,
        List<(Geometry? Geometry, Dictionary<string, string?> Values)> peer, int size, string workload)
    {
        var problems = new List<string>();
        if (ours.Count != size || peer.Count != size)
        {
            problems.Add($"feature counts: ours {ours.Count}, ogr2ogr {peer.Count}, expected {size}");
        }

        for (var i = 0; i < Math.Min(ours.Count, peer.Count) && problems.Count < 5; i += 97)
        {
            var (a, b) = (Normal(ours[i].Geometry), Normal(peer[i].Geometry));
            if (a is null || b is null || !a.EqualsExact(b, ToleranceDegrees))
            {
                problems.Add($"feature {i}: geometry ours {a?.AsText()[..Math.Min(80, a.AsText().Length)]}, ogr2ogr {b?.AsText()[..Math.Min(80, b.AsText().Length)]}");
            }

            foreach (var (name, value) in peer[i].Values)
            {
                var mine = ours[i].Values.GetValueOrDefault(name);
                if (!SameValue(value, mine))
                {
                    problems.Add($"feature {i}: {name} ours '{mine}', ogr2ogr '{value}'");
                }
            }
        }

        report.WriteLine(problems.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{workload} agreement: {size:N0} features in both; every 97th feature's geometry (within {ToleranceDegrees}°) and attributes equal")
            : $"{workload} FAILED, the outputs disagree: {string.Join("; ", problems)}");
        return problems.Count == 0 ? 0 : 1;
    }

    // GDAL's CSV writes dates as yyyy/MM/dd.
    private static bool SameValue(string? expected, string? actual) =>
        expected?.Replace('/', '-') == actual?.Replace('/', '-')
        || (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)));

    private static Geometry? Normal(Geometry? geometry) =>
        (geometry is MultiPolygon { NumGeometries: 1 } multi ? multi.GetGeometryN(0) : geometry)?.Normalized();
}
