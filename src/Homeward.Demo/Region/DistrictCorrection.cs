namespace Homeward.Demo.Region;

/// <summary>
/// A correction of a district's attributes in the Natural Earth file, applied when it is read. Every field left
/// <see langword="null"/> keeps the file's value.
/// </summary>
/// <param name="PCode">The ISO 3166-2 code.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="NameAz">The Azerbaijani name.</param>
/// <param name="NameRu">The Russian name.</param>
internal sealed record DistrictCorrection(string? PCode = null, string? NameEn = null, string? NameAz = null, string? NameRu = null)
{
    /// <summary>
    /// The corrections, by Natural Earth <c>adm1_code</c>. They fix values the file copied from Natural Earth that are
    /// wrong: duplicated ISO codes (the city and the district of the same name), Russian names left over from the
    /// features Natural Earth mislabelled, and Azerbaijani names that are pre-rename or English spellings.
    /// ATTRIBUTION.md in the data folder lists them.
    /// </summary>
    public static IReadOnlyDictionary<string, DistrictCorrection> ByAdm1Code { get; } = new Dictionary<string, DistrictCorrection>(StringComparer.Ordinal)
    {
        ["AZE-1735"] = new(NameRu: "Лачинский район"), // NE labelled Laçın as Lankaran.
        ["AZE-1737"] = new(NameRu: "Шушинский район"), // The two Şuşa features had each other's Russian name.
        ["AZE-5565"] = new(NameAz: "Şuşa şəhəri", NameRu: "Шуша"),
        ["AZE-4838"] = new(NameRu: "Ханкенди"), // NE labelled Xankəndi as Stepanakert.
        ["AZE-5561"] = new(NameRu: "Нафталан"), // The file has a stress mark in it.
        ["AZE-1707"] = new(PCode: "AZ-LAN", NameAz: "Lənkəran", NameRu: "Ленкоранский район"), // AZ-LA is the city.
        ["AZE-5562"] = new(NameEn: "Lankaran (city)", NameAz: "Lənkəran şəhəri"), // Named like the district around it.
        ["AZE-1727"] = new(PCode: "AZ-SAK"), // AZ-SA is the city.
        ["AZE-5566"] = new(PCode: "AZ-YE", NameEn: "Yevlakh (city)", NameAz: "Yevlax şəhəri"), // AZ-YEV is the district.
        ["AZE-1688"] = new(NameAz: "Yevlax"),
        ["AZE-2422"] = new(PCode: "AZ-NV"), // AZ-NX is the autonomous republic; the polygon is the city.
        ["AZE-5567"] = new(NameAz: "Kəngərli"),
        ["AZE-1694"] = new(NameAz: "Hacıqabul"),
        ["AZE-1680"] = new(NameAz: "Göygöl"), // Xanlar until 2008.
        ["AZE-1701"] = new(NameAz: "Şabran"), // Dəvəçi until 2010.
        ["AZE-5563"] = new(NameEn: "Shirvan", NameAz: "Şirvan"), // English and Azerbaijani were swapped.
    };
}
