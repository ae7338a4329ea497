using System.Text.Json;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>One attribute column of a layer table, and how its value is taken from an object's JSON form.</summary>
/// <param name="Name">The snake_case column name.</param>
/// <param name="SqlType">The declared type: <c>TEXT</c>, <c>INTEGER</c> or <c>REAL</c>.</param>
/// <param name="Path">The JSON property names leading from the object to the value (one, or two for a flattened part).</param>
/// <param name="Shape">How the JSON value becomes the column value.</param>
internal sealed record LayerColumn(string Name, string SqlType, IReadOnlyList<string> Path, LayerColumnShape Shape)
{
    /// <summary>The column value for an object.</summary>
    /// <param name="json">The object's JSON form (<see cref="Homeward.Domain.DomainJson"/>).</param>
    /// <returns>The value, or <see langword="null"/> for NULL.</returns>
    public object? ValueOf(JsonElement json)
    {
        var element = json;
        foreach (var name in Path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Shape switch
        {
            LayerColumnShape.Text => element.GetString(),
            LayerColumnShape.Integer => element.ValueKind switch
            {
                JsonValueKind.True => 1L,
                JsonValueKind.False => 0L,
                _ => element.GetInt64(),
            },
            LayerColumnShape.Real => element.GetDouble(),
            LayerColumnShape.Json => element.GetRawText(),
            _ => throw new InvalidOperationException($"Unknown column shape {Shape}."),
        };
    }
}
