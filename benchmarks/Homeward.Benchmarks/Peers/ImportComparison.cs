using System.Diagnostics;
using System.Globalization;
using System.Text;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using Homeward.Exchange.Import;
using Homeward.Geo;
using Homeward.Geo.Validation;
using Homeward.Storage.GeoPackage;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// B9 (import): GeoJSON → store, ours (streamed read, every check, one draft report in a GeoPackage) against
/// <c>ogr2ogr -f GPKG</c>; and CSV with longitude, latitude and 10 more columns → memory, ours (<see cref="CsvSourceReader"/>)
/// against <c>ogr2ogr -f Memory</c>. Same generated files, runs alternated, median ratio of features per second.
/// </summary>
internal static class ImportComparison
{
    private static readonly List<double> CheckSeconds = [];

    public static async Task<int> RunAsync(string work, int geoJsonFeatures, int csvRows, int pairs, TextWriter report)
    {
        var geoJson = Path.Combine(work, "b9-hazards.geojson");
        WriteGeoJson(geoJson, geoJsonFeatures);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B9 GeoJSON: {geoJsonFeatures:N0} polygons (synthetic), {new FileInfo(geoJson).Length / 1e6:N0} MB"));
        var ours = new List<double>();
        var peer = new List<double>();
        long peakBytes = 0;
        for (var pair = -1; pair < pairs; pair++)
        {
            var store = Path.Combine(work, "b9-store.gpkg");
            var peerOut = Path.Combine(work, "b9-ogr.gpkg");
            Delete(store);
            Delete(peerOut);
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var stopwatch = Stopwatch.StartNew();
            var imported = await ImportToStoreAsync(geoJson, store);
            stopwatch.Stop();
            peakBytes = Math.Max(peakBytes, Math.Max(before, Process.GetCurrentProcess().PeakWorkingSet64));
            if (imported != geoJsonFeatures)
            {
                report.WriteLine($"B9 FAILED: ours imported {imported} of {geoJsonFeatures} features.");
                return 1;
            }

            var peerSeconds = Time("ogr2ogr", "-f", "GPKG", peerOut, geoJson);
            if (pair >= 0)
            {
                ours.Add(stopwatch.Elapsed.TotalSeconds);
                peer.Add(peerSeconds);
            }
        }

        report.WriteLine(new PairedTiming(ours, peer).Describe("B9 GeoJSON → store (ours: read, check, one draft report in a GeoPackage)", "ogr2ogr -f GPKG", geoJsonFeatures, "features"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B9 of our time, reading and checking took {CheckSeconds.Skip(1).Sum() / ours.Sum():P0}; storing the draft report the rest"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B9 peak working set of the benchmark process: {peakBytes / 1e6:N0} MB"));

        var csv = Path.Combine(work, "b9-rows.csv");
        WriteCsv(csv, csvRows);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B9 CSV: {csvRows:N0} rows (lon, lat and 10 columns), {new FileInfo(csv).Length / 1e6:N0} MB"));
        ours.Clear();
        peer.Clear();
        for (var pair = -1; pair < pairs; pair++)
        {
            var stopwatch = Stopwatch.StartNew();
            var rows = ReadCsv(csv);
            stopwatch.Stop();
            if (rows != csvRows)
            {
                report.WriteLine($"B9 FAILED: ours read {rows} of {csvRows} rows.");
                return 1;
            }

            var peerSeconds = Time("ogr2ogr", "-f", "Memory", "b9", csv, "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES");
            if (pair >= 0)
            {
                ours.Add(stopwatch.Elapsed.TotalSeconds);
                peer.Add(peerSeconds);
            }
        }

        report.WriteLine(new PairedTiming(ours, peer).Describe("B9 CSV → memory (ours: rows with typed values and point geometry)", "ogr2ogr -f Memory", csvRows, "rows"));
        return 0;
    }

    private static async Task<int> ImportToStoreAsync(string geoJson, string storePath)
    {
        using var reader = new GeoJsonSourceReader(geoJson);
        await using var store = await GeoPackageStore.OpenAsync(storePath, new GeoPackageStoreOptions { CreateIfMissing = true }, CancellationToken.None);
        var options = new ImportOptions
        {
            Kind = ObjectKind.HazardousArea,
            Validator = new GeometryValidator(GeometryValidationOptions.Karabakh, new UtmMetricMeasure(38, north: true)),
            Today = new DateOnly(2025, 6, 1),
        };
        var checking = Stopwatch.StartNew();
        using var result = await new Importer(options).RunAsync(reader, store, null, CancellationToken.None);
        CheckSeconds.Add(checking.Elapsed.TotalSeconds);
        if (!result.IsClean)
        {
            return 0;
        }

        var workflow = new ReviewWorkflow(store, UtmMetricMeasure.Karabakh, TimeProvider.System, InvariantOptions.Default);
        var created = await workflow.CreateDraftAsync(new FieldReportDraft { Title = "B9", FormType = "import", Items = [], IsSynthetic = true },
            result.Items, "benchmark", null, CancellationToken.None);
        return created.Success ? result.Items.Count : 0;
    }

    private static int ReadCsv(string path)
    {
        using var reader = new CsvSourceReader(path, null, null);
        var rows = new List<SourceRecord>();
        rows.AddRange(reader.ReadRecords());
        return reader.FatalError is null && rows.All(r => r.Geometry is not null) ? rows.Count : 0;
    }

    private static void WriteGeoJson(string path, int count)
    {
        var random = new Random(9);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("{\"type\": \"FeatureCollection\", \"features\": [\n");
        string[] types = ["minefield-ap", "minefield-at", "battle-area", "cluster-strike", "ied"];
        for (var i = 0; i < count; i++)
        {
            // Cells of a grid across Aghdam–Fuzuli, so that no two polygons are the same; 6 to 13 vertices each.
            var x = 46.5 + i % 2000 * 0.0005;
            var y = 39.3 + i / 2000 * 0.0005;
            var n = random.Next(6, 14);
            var ring = new StringBuilder();
            for (var k = 0; k <= n; k++)
            {
                var angle = 2 * Math.PI * (k % n) / n;
                ring.Append(CultureInfo.InvariantCulture, $"{(k == 0 ? "" : ", ")}[{x + 0.0002 + 0.00015 * Math.Cos(angle):F7}, {y + 0.0002 + 0.00015 * Math.Sin(angle):F7}]");
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "" : ",\n")}{{\"type\": \"Feature\", \"properties\": {{\"name\": \"synthetic area {i}\", \"area_class\": \"{(i % 3 == 0 ? "cha" : "sha")}\", \"hazard_type\": \"{types[i % types.Length]}\", \"priority\": {i % 5 + 1}}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": [[{ring}]]}}}}"));
        }

        writer.Write("\n]}\n");
    }

    private static void WriteCsv(string path, int rows)
    {
        var random = new Random(99);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,lon,lat,name,category,quantity,condition,depth_cm,found_on,model,team,remarks,verified\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i},{46.5 + random.NextDouble():F6},{39.3 + random.NextDouble():F6},\"find {i}, synthetic\",uxo,{random.Next(1, 9)},unknown,{random.Next(0, 40)},2023-0{random.Next(1, 10)}-1{random.Next(0, 10)},OF-462,T{random.Next(1, 40)},none,{(i % 2 == 0 ? "yes" : "no")}\n"));
        }
    }

    private static double Time(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error}");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
