using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>
/// The heritage condition assessment: a site's type, location, condition and causes of damage (after EAMENA's
/// condition vocabulary), with photographs. Homeward has no heritage object yet, so its submissions are not imported.
/// </summary>
internal static class HeritageConditionForm
{
    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "heritage-condition",
        FormId = "homeward_heritage_condition",
        Version = "2026050101",
        Title = L("Heritage condition assessment", "Mədəni irs abidəsinin vəziyyətinin qiymətləndirilməsi", "Оценка состояния объекта наследия"),
        InstanceName = "concat(${site_name}, ' ', ${assessed_on})",
        IsImportable = false,
        Questions =
        [
            Text("site_name", L("Name of the site", "Abidənin adı", "Название объекта")).Required(),
            SelectOne("heritage_type", "heritage_type", L("Type of site", "Abidənin növü", "Тип объекта")).Required(),
            Date("assessed_on", L("Date of the assessment", "Qiymətləndirmə tarixi", "Дата оценки")).Required(),
            Point("site_location", L("Location of the site", "Abidənin yeri", "Местоположение объекта")).Required(),
            Shape("site_outline", L("Outline of the site", "Abidənin konturu", "Контур объекта")),
            SelectOne("heritage_condition", "overall_condition", L("Overall condition", "Ümumi vəziyyət", "Общее состояние")).Required(),
            SelectMultiple("disturbance_cause", "damage_causes", L("Causes of damage", "Zədələnmə səbəbləri", "Причины повреждений"))
                .When("${overall_condition} != 'good'"),
            SelectOne("yes_no_unknown", "eo_present", L("Is explosive ordnance present or suspected?", "Partlayıcı sursat var və ya şübhə edilir?",
                "Есть ли взрывоопасные предметы или подозрение на них?")).Required(),
            Code("hazard_code", "HA", L("Code of the hazardous area, if recorded", "Təhlükəli ərazinin kodu (qeydə alınıbsa)",
                "Код опасного района, если зарегистрирован")).When("${eo_present} = 'yes'"),
            Text("condition_notes", L("Notes on damage and threats", "Zədə və təhlükələr barədə qeydlər", "Заметки о повреждениях и угрозах")),
            Photo("photo_overview", L("Photo: general view", "Foto: ümumi görünüş", "Фото: общий вид")).Required(),
            Photo("photo_damage", L("Photo: damage", "Foto: zədə", "Фото: повреждения")).When("${overall_condition} != 'good'"),
        ],
    };
}
