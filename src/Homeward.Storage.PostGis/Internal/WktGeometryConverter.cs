using System.Text.Json;
using System.Text.Json.Serialization;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Writes geometries in stored report JSON as WKT text and reads them back through <see cref="GeometryServices.Instance"/>.
/// NTS writes the shortest text that reads back to the same doubles, so the round trip is exact (in two dimensions).
/// </summary>
internal sealed class WktGeometryConverter : JsonConverter<Geometry>
{
    /// <inheritdoc/>
    public override Geometry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("A stored geometry must be WKT text.");
        try
        {
            return new WKTReader(GeometryServices.Instance).Read(text);
        }
        catch (ParseException ex)
        {
            throw new JsonException($"The stored geometry is not valid WKT: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Geometry value, JsonSerializerOptions options) =>
        writer.WriteStringValue(new WKTWriter().Write(value));
}
