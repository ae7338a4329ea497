using System.Globalization;
using System.Text;
using Homeward.Exchange.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

public sealed class GeoJsonSourceReaderTests
{
    [Fact]
    public void ReadRecords_LargeFile_HoldsOneFeatureAtATime()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("large.geojson");
        const int features = 120_000;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("{\"type\": \"FeatureCollection\", \"name\": \"generated\", \"features\": [\n");
            for (var i = 0; i < features; i++)
            {
                var x = 46.5 + i % 1000 * 0.0005;
                var y = 39.5 + i / 1000 * 0.0005;
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{(i == 0 ? "" : ",\n")}{{\"type\": \"Feature\", \"properties\": {{\"name\": \"area {i}\", \"hazard_type\": \"battle-area\", \"priority\": {i % 5 + 1}, \"note\": \"{new string('x', 120)}\"}}, "
                    + $"\"geometry\": {{\"type\": \"Polygon\", \"coordinates\": [[[{x}, {y}], [{x + 0.0004}, {y}], [{x + 0.0004}, {y + 0.0004}], [{x}, {y + 0.0004}], [{x}, {y}]]]}}}}"));
            }

            writer.Write("\n]}\n");
        }

        var fileBytes = new FileInfo(path).Length;
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long count = 0;
        long prioritySum = 0;
        using var reader = new GeoJsonSourceReader(path);
        foreach (var record in reader.ReadRecords())
        {
            count++;
            prioritySum += record.Attributes["priority"] is long p ? p : throw new InvalidOperationException($"record {count}: {string.Join(", ", record.Attributes)}");
            if (count % 20_000 == 0)
            {
                // Live memory, not garbage waiting for a collection: what the reader holds on to.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.Null(reader.FatalError);
        Assert.Equal(features, count);
        Assert.Equal(features / 5 * (1 + 2 + 3 + 4 + 5), prioritySum);
        Assert.True(fileBytes > 40_000_000, $"the generated file is {fileBytes} bytes");

        // A reader that materialised the collection would hold at least the file's size; this one holds a buffer and one feature.
        Assert.True(reader.BufferBytes <= 1024 * 1024, $"the buffer grew to {reader.BufferBytes} bytes");
        Assert.True(peak < fileBytes / 20, $"the managed heap grew by {peak} bytes while reading a {fileBytes}-byte file");
    }

    [Fact]
    public async Task ReadRecords_SmallBufferSteps_SameRecordsAsTheDocument()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("hazards.geojson");
        await File.WriteAllTextAsync(path, ImportSamples.Hazards, TestContext.Current.CancellationToken);

        using var reader = new GeoJsonSourceReader(path);
        var records = reader.ReadRecords().ToList();

        Assert.Null(reader.FatalError);
        Assert.Equal(["Поле у реки", "Şuşa yolu", "Field 3"], records.Select(r => r.Attributes["name"]));
        Assert.Equal(["Polygon", "Polygon", "MultiPolygon"], records.Select(r => r.Geometry!.GeometryType));
        Assert.Equal(1, reader.Progress);
    }

    [Fact]
    public async Task ReadRecords_CrsMember_DeclaresTheSrid()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("utm.geojson");
        await File.WriteAllTextAsync(path, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32638"}},
             "features": [{"type": "Feature", "properties": {"a": 1}, "geometry": {"type": "Point", "coordinates": [662000, 4418000]}}]}
            """, TestContext.Current.CancellationToken);

        using var reader = new GeoJsonSourceReader(path);
        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal(32638, reader.DeclaredSrid);
        Assert.Equal(32638, record.Geometry!.SRID);
        Assert.Equal(662000, record.Geometry.Coordinate.X);
    }

    [Fact]
    public async Task ReadRecords_Truncated_GivesTheWholeFeaturesThenAFatalError()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("cut.geojson");
        var text = ImportSamples.Hazards;
        await File.WriteAllTextAsync(path, text[..text.IndexOf("Field 3", StringComparison.Ordinal)], TestContext.Current.CancellationToken);

        using var reader = new GeoJsonSourceReader(path);
        var records = reader.ReadRecords().ToList();

        Assert.Equal(2, records.Count);
        Assert.NotNull(reader.FatalError);
        Assert.Contains("not valid GeoJSON after feature 2", reader.FatalError.Message, StringComparison.Ordinal);
    }
}
