using System.Text.Json;
using System.Text.Json.Serialization;

namespace Homeward.Domain;

/// <summary>
/// The JSON form of Homeward's objects, shared by every store and file format: camelCase names, enums as
/// camelCase strings, ISO 8601 dates, nulls left out. Geometry is never part of it.
/// </summary>
public static class DomainJson
{
    /// <summary>The serializer options. Shared and read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes <paramref name="value"/> with its runtime type.</summary>
    /// <param name="value">The object.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(DomainObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, value.GetType(), Options);
    }

    /// <summary>Deserializes an object of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The object, without geometry.</returns>
    /// <exception cref="JsonException">The text is not a valid object of that kind.</exception>
    public static DomainObject Deserialize(ObjectKind kind, string json) =>
        (DomainObject)(JsonSerializer.Deserialize(json, ObjectKindInfo.Of(kind).ClrType, Options)
            ?? throw new JsonException($"The JSON of a {kind} is null."));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
