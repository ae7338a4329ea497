using Homeward.Domain;
using Homeward.Exchange.Export;
using Homeward.Geo;
using Homeward.Testing;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Tests.Export;

public sealed class GeoPackageLayerWriterTests
{
    private static readonly ExportLayerSchema Schema = new("sites", GeometryShape.Polygonal, [new ExportField("n", ExportFieldType.WholeNumber)], "test");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(51)] // one full leaf
    [InlineData(52)] // two leaves and a root
    [InlineData(5_000)] // three levels
    public void Complete_BulkLoadedSpatialIndex_IsValidAndFindsWhatABruteForceSearchFinds(int count)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("sites.gpkg");
        var random = new Random(count);
        var boxes = new List<Envelope>();
        using (var writer = new GeoPackageLayerWriter(path, Schema))
        {
            for (var i = 0; i < count; i++)
            {
                var (x, y) = (44.8 + (random.NextDouble() * 2.7), 38.8 + (random.NextDouble() * 1.8));
                var box = new Envelope(x, x + (random.NextDouble() * 0.01), y, y + (random.NextDouble() * 0.01));
                boxes.Add(box);
                writer.Write(new ExportFeature(GeometryServices.Wgs84.ToGeometry(box), [(long)i]));
            }

            writer.Complete();
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "SELECT rtreecheck('rtree_sites_geom')"));
        Assert.Equal((long)count, Scalar(connection, "SELECT COUNT(*) FROM rtree_sites_geom"));
        for (var q = 0; q < 20; q++)
        {
            var (x, y) = (44.8 + (random.NextDouble() * 2.7), 38.8 + (random.NextDouble() * 1.8));
            var window = new Envelope(x, x + 0.2, y, y + 0.2);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM rtree_sites_geom WHERE minx <= @maxx AND maxx >= @minx AND miny <= @maxy AND maxy >= @miny";
            command.Parameters.AddWithValue("@minx", window.MinX);
            command.Parameters.AddWithValue("@maxx", window.MaxX);
            command.Parameters.AddWithValue("@miny", window.MinY);
            command.Parameters.AddWithValue("@maxy", window.MaxY);
            var found = new HashSet<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    found.Add(reader.GetInt64(0));
                }
            }

            // The index holds boxes rounded outward to 32-bit floats: it may find a box that only touches, never miss one.
            var expected = boxes.Select((b, i) => (b, Fid: i + 1L)).Where(p => p.b.Intersects(window)).Select(p => p.Fid);
            Assert.Subset(found, expected.ToHashSet());
            Assert.All(found, fid => Assert.True(boxes[(int)fid - 1].Distance(window) < 1e-5));
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
