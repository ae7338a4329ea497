using Homeward.Domain;
using Homeward.Domain.Codes;

namespace Homeward.Exchange.Forms;

/// <summary>
/// The choice lists of Homeward's forms. A list named after a code table (<c>hazard_type</c>, <c>device_category</c>, ...)
/// takes its choices from <see cref="CodeTables.Standard"/>, so the names a submission carries are Homeward's codes;
/// the other lists are the values of Homeward's enumerations (<c>area_class</c>, <c>release_outcome</c>, ...) or the
/// form's own answers (heritage condition). Thread-safe.
/// </summary>
public static class FormLists
{
    private static readonly Dictionary<string, FormChoice[]> Own = new(StringComparer.Ordinal)
    {
        ["area_class"] =
        [
            C("area_class", "sha", "Suspected hazardous area (SHA)", "Şübhəli təhlükəli ərazi (ŞTƏ)", "Предположительно опасный район (ПОР)"),
            C("area_class", "cha", "Confirmed hazardous area (CHA)", "Təsdiqlənmiş təhlükəli ərazi (TTƏ)", "Подтверждённый опасный район (ПдОР)"),
        ],
        ["evidence_directness"] =
        [
            C("evidence_directness", "direct", "Direct", "Birbaşa", "Прямое"),
            C("evidence_directness", "indirect", "Indirect", "Dolayı", "Косвенное"),
        ],
        ["activity_status"] =
        [
            C("activity_status", "planned", "Planned", "Planlaşdırılıb", "Запланировано"),
            C("activity_status", "ongoing", "Ongoing", "Davam edir", "Выполняется"),
            C("activity_status", "suspended", "Suspended", "Dayandırılıb", "Приостановлено"),
            C("activity_status", "completed", "Completed", "Başa çatıb", "Завершено"),
            C("activity_status", "aborted", "Aborted", "Ləğv edilib", "Прекращено"),
        ],
        ["release_outcome"] =
        [
            C("release_outcome", "cancelled", "Cancelled (non-technical survey)", "Ləğv edilib (qeyri-texniki tədqiqat)", "Исключено (нетехническое обследование)"),
            C("release_outcome", "reduced", "Reduced (technical survey)", "Azaldılıb (texniki tədqiqat)", "Сокращено (техническое обследование)"),
            C("release_outcome", "cleared", "Cleared", "Təmizlənib", "Очищено"),
        ],
        ["victim_outcome"] =
        [
            C("victim_outcome", "killed", "Killed", "Həlak olub", "Погиб"),
            C("victim_outcome", "injured", "Injured", "Yaralanıb", "Ранен"),
        ],
        ["tampering"] =
        [
            C("tampering", "yes", "Yes", "Bəli", "Да"),
            C("tampering", "no", "No", "Xeyr", "Нет"),
            C("tampering", "unknown", "Unknown", "Məlum deyil", "Неизвестно"),
        ],
        ["yes_no"] =
        [
            C("yes_no", "yes", "Yes", "Bəli", "Да"),
            C("yes_no", "no", "No", "Xeyr", "Нет"),
        ],
        ["yes_no_unknown"] =
        [
            C("yes_no_unknown", "yes", "Yes", "Bəli", "Да"),
            C("yes_no_unknown", "no", "No", "Xeyr", "Нет"),
            C("yes_no_unknown", "unknown", "Unknown", "Məlum deyil", "Неизвестно"),
        ],
        ["heritage_type"] =
        [
            C("heritage_type", "mosque", "Mosque", "Məscid", "Мечеть"),
            C("heritage_type", "church", "Church", "Kilsə", "Церковь"),
            C("heritage_type", "mausoleum", "Mausoleum or tomb", "Türbə", "Мавзолей"),
            C("heritage_type", "cemetery", "Cemetery", "Qəbiristanlıq", "Кладбище"),
            C("heritage_type", "bridge", "Historic bridge", "Tarixi körpü", "Исторический мост"),
            C("heritage_type", "historic-building", "Historic building", "Tarixi bina", "Историческое здание"),
            C("heritage_type", "museum", "Museum", "Muzey", "Музей"),
            C("heritage_type", "archaeological-site", "Archaeological site", "Arxeoloji abidə", "Археологический памятник"),
            C("heritage_type", "monument", "Monument or memorial", "Abidə", "Памятник"),
            C("heritage_type", "other", "Other", "Digər", "Другое"),
        ],
        ["heritage_condition"] =
        [
            C("heritage_condition", "good", "Good", "Yaxşı", "Хорошее"),
            C("heritage_condition", "fair", "Fair", "Qənaətbəxş", "Удовлетворительное"),
            C("heritage_condition", "poor", "Poor", "Pis", "Плохое"),
            C("heritage_condition", "very-bad", "Very bad", "Çox pis", "Очень плохое"),
            C("heritage_condition", "destroyed", "Destroyed", "Dağıdılıb", "Разрушено"),
            C("heritage_condition", "unknown", "Unknown", "Məlum deyil", "Неизвестно"),
        ],
        ["disturbance_cause"] =
        [
            C("disturbance_cause", "armed-conflict", "Military or armed conflict", "Hərbi və ya silahlı münaqişə", "Военные действия или вооружённый конфликт"),
            C("disturbance_cause", "explosion", "Explosion or heavy weaponry", "Partlayış və ya ağır silahlar", "Взрыв или тяжёлое вооружение"),
            C("disturbance_cause", "gunfire", "Gunfire or light weaponry", "Atəş və ya yüngül silahlar", "Стрельба или лёгкое оружие"),
            C("disturbance_cause", "landmines", "Landmines", "Minalar", "Мины"),
            C("disturbance_cause", "looting", "Looting", "Talan", "Мародёрство"),
            C("disturbance_cause", "deliberate-destruction", "Deliberate destruction", "Qəsdən dağıdılma", "Умышленное разрушение"),
            C("disturbance_cause", "neglect", "Neglect", "Baxımsızlıq", "Запущенность"),
            C("disturbance_cause", "natural", "Natural processes", "Təbii proseslər", "Природные процессы"),
            C("disturbance_cause", "other", "Other", "Digər", "Другое"),
        ],
    };

    /// <summary>The names of the lists Homeward's forms own (not drawn from a code table).</summary>
    public static IEnumerable<string> OwnListNames => Own.Keys.Order(StringComparer.Ordinal);

    /// <summary>The choices of the list <paramref name="listName"/>.</summary>
    /// <param name="listName">A code table's name or one of <see cref="OwnListNames"/>.</param>
    /// <returns>The choices, in the code table's order.</returns>
    /// <exception cref="ArgumentException">No such list: a form refers to a list nobody defined.</exception>
    public static IReadOnlyList<FormChoice> Choices(string listName)
    {
        ArgumentNullException.ThrowIfNull(listName);
        if (Own.TryGetValue(listName, out var own))
        {
            return own;
        }

        var values = CodeTables.Standard.AllValues.Where(v => v.Table == listName).ToList();
        return values.Count == 0
            ? throw new ArgumentException($"No choice list or code table is called '{listName}'.", nameof(listName))
            : [.. StandardOrder(listName, values).Select(v => new FormChoice(listName, v.Code, v.Label))];
    }

    /// <summary>Whether the list's choices are the codes of a Homeward code table.</summary>
    /// <param name="listName">The list.</param>
    /// <returns>Whether it is a code table.</returns>
    public static bool IsCodeTable(string listName) => !Own.ContainsKey(listName) && CodeTables.Standard.TableNames.Contains(listName, StringComparer.Ordinal);

    // The standard table file lists codes in a meaningful order (mines first, other last); the choices keep it.
    private static IEnumerable<CodeValue> StandardOrder(string table, List<CodeValue> values)
    {
        var order = StandardFileOrder.Value.TryGetValue(table, out var codes) ? codes : [];
        return values.OrderBy(v => order.IndexOf(v.Code) is var i and >= 0 ? i : int.MaxValue).ThenBy(v => v.Code, StringComparer.Ordinal);
    }

    private static readonly Lazy<Dictionary<string, List<string>>> StandardFileOrder = new(() =>
    {
        using var stream = typeof(CodeTables).Assembly.GetManifestResourceStream("Homeward.Domain.Codes.standard-code-tables.json")
            ?? throw new InvalidOperationException("The standard code tables are missing from the Homeward.Domain assembly.");
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToDictionary(
            t => t.Name, t => t.Value.EnumerateArray().Select(r => r[0].GetString()!).ToList(), StringComparer.Ordinal);
    });

    private static FormChoice C(string list, string name, string en, string az, string ru) => new(list, name, new LocalizedText(en, az, ru));
}
