using System.Collections.Frozen;
using System.Text.Json;

namespace Homeward.Domain;

/// <summary>
/// The text of enum values in files, tables and messages: camelCase, as in <see cref="DomainJson"/>
/// (<c>hazardousArea</c>, <c>withdrawn</c>). Thread-safe.
/// </summary>
public static class EnumText
{
    /// <summary>The text of a value.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase text.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => Cache<T>.Texts[value];

    /// <summary>The value of a stored text.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">The camelCase text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text names no value of <typeparamref name="T"/>.</exception>
    public static T Parse<T>(string text)
        where T : struct, Enum =>
        Cache<T>.Values.TryGetValue(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Texts =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> Values =
            Texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
