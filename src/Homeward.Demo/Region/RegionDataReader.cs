using System.Text.Json;
using Homeward.Domain;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Homeward.Demo.Region;

/// <summary>Reads the region's districts and settlements from the GeoJSON files shipped in the <c>data</c> folder.</summary>
internal static class RegionDataReader
{
    /// <summary>The districts file (Natural Earth 1:10m admin-1, public domain).</summary>
    public const string DistrictsFileName = "aze_adm1_districts_ne10m.geojson";

    /// <summary>The settlements file (GeoNames, CC BY 4.0).</summary>
    public const string SettlementsFileName = "aze_settlements_geonames.geojson";

    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(GeometryServices.Wgs84) },
    };

    /// <summary>The folder the files are copied to next to the running application.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Reads both files.</summary>
    /// <param name="directory">The folder that holds them.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The districts and settlements, in file order.</returns>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static async Task<RegionData> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        using var districts = await ReadDocumentAsync(Path.Combine(directory, DistrictsFileName), cancellationToken).ConfigureAwait(false);
        using var settlements = await ReadDocumentAsync(Path.Combine(directory, SettlementsFileName), cancellationToken).ConfigureAwait(false);
        return new RegionData(ReadDistricts(districts.RootElement), ReadSettlements(settlements.RootElement));
    }

    private static async Task<JsonDocument> ReadDocumentAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<DistrictRecord> ReadDistricts(JsonElement root)
    {
        var raw = new List<(JsonElement Properties, Geometry Geometry, DistrictCorrection Fix)>();
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var fix = DistrictCorrection.ByAdm1Code.GetValueOrDefault(Text(properties, "adm1_code") ?? string.Empty) ?? new DistrictCorrection();
            raw.Add((properties, ReadGeometry(feature), fix));
        }

        var keys = raw.Select(r => (r.Fix.PCode ?? Text(r.Properties, "iso_3166_2")!, r.Fix.NameEn ?? Text(r.Properties, "name_en")!)).ToList();
        var duplicate = keys.GroupBy(k => k.Item1, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The districts file has {duplicate.Count()} areas with the code {duplicate.Key}.");
        }

        var shortCodes = ShortCodes.Assign(keys);
        return [.. raw.Select((r, i) => new DistrictRecord(
            keys[i].Item1,
            shortCodes[i],
            new LocalizedText(keys[i].Item2, r.Fix.NameAz ?? Text(r.Properties, "name_az"), r.Fix.NameRu ?? Text(r.Properties, "name_ru")),
            string.Equals(Text(r.Properties, "type_en"), "Municipality", StringComparison.Ordinal),
            r.Properties.TryGetProperty("karabakh_focus", out var focus) && focus.ValueKind == JsonValueKind.True,
            r.Geometry))];
    }

    private static List<SettlementRecord> ReadSettlements(JsonElement root)
    {
        var settlements = new List<SettlementRecord>();
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            var population = p.TryGetProperty("population", out var pop) && pop.ValueKind == JsonValueKind.Number && pop.GetInt32() > 0
                ? pop.GetInt32()
                : (int?)null; // GeoNames writes 0 for an unknown population.
            var name = new LocalizedText(Text(p, "name_newer") ?? Text(p, "name")!, Text(p, "name_az_guess"));
            var geoNamesId = p.TryGetProperty("geonameid", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : (long?)null;
            settlements.Add(new SettlementRecord(geoNamesId, name, population, Text(p, "feature_code"),
                (Point)ReadGeometry(feature)));
        }

        return settlements;
    }

    private static Geometry ReadGeometry(JsonElement feature) =>
        feature.GetProperty("geometry").Deserialize<Geometry>(GeometryOptions)
            ?? throw new InvalidDataException("A feature of the region data has no geometry.");

    private static string? Text(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Normalize(System.Text.NormalizationForm.FormC)
            : null;
}
