using System.Collections.Frozen;
using System.Text.Json;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>The stored text of enum values: camelCase, as in the JSON form and the GeoPackage (<c>hazardousArea</c>, <c>withdrawn</c>).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Texts =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The text of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase text.</returns>
    public static string Of(T value) => Texts[value];

    /// <summary>The value of a stored text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text names no value of <typeparamref name="T"/>.</exception>
    public static T Parse(string text) =>
        Values.TryGetValue(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");
}
