namespace Homeward.Domain;

/// <summary>A text in Homeward's three languages. English is required; Azerbaijani and Russian fall back to it.</summary>
/// <param name="En">English.</param>
/// <param name="Az">Azerbaijani (Latin script), or <see langword="null"/> when unknown.</param>
/// <param name="Ru">Russian, or <see langword="null"/> when unknown.</param>
public sealed record LocalizedText(string En, string? Az = null, string? Ru = null)
{
    /// <summary>The text in the language of <paramref name="languageCode"/> (<c>en</c>, <c>az</c> or <c>ru</c>), else English.</summary>
    /// <param name="languageCode">A two-letter ISO 639-1 code.</param>
    /// <returns>The text.</returns>
    public string In(string languageCode) => languageCode switch
    {
        "az" => Az ?? En,
        "ru" => Ru ?? En,
        _ => En,
    };
}
