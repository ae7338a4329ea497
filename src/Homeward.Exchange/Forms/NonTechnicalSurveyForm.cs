using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>The non-technical survey form: a hazardous area (new, or an update of one by its code) and its evidence.</summary>
internal static class NonTechnicalSurveyForm
{
    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "non-technical-survey",
        FormId = "homeward_nts",
        Version = "2026050101",
        Title = L("Non-technical survey", "Qeyri-texniki tədqiqat", "Нетехническое обследование"),
        InstanceName = "concat('NTS ', ${hazard_name}, ' ', ${today})",
        Questions =
        [
            Group("hazard_details", L("Hazardous area", "Təhlükəli ərazi", "Опасный район"),
                Code("hazard_code", "HA", L("Code of the hazardous area, if already recorded", "Təhlükəli ərazinin kodu (artıq qeydə alınıbsa)",
                        "Код опасного района, если он уже зарегистрирован"))
                    .WithHint(L("Leave empty for a newly found area.", "Yeni aşkar edilmiş ərazi üçün boş saxlayın.", "Оставьте пустым для нового района.")),
                Text("hazard_name", L("Local name of the area", "Ərazinin yerli adı", "Местное название района")),
                SelectOne("area_class", "area_class", L("Suspected or confirmed?", "Şübhəli, yoxsa təsdiqlənmiş?", "Предполагаемый или подтверждённый?"))
                    .RequiredWhen("${hazard_code} = ''"),
                SelectOne("hazard_type", "hazard_type", L("Type of hazard", "Təhlükənin növü", "Тип опасности")).RequiredWhen("${hazard_code} = ''"),
                SelectMultiple("device_category", "suspected_devices", L("Devices suspected", "Şübhə edilən sursatlar", "Предполагаемые боеприпасы")),
                SelectMultiple("land_use", "blocked_land_use", L("Land use blocked", "Bloklanmış torpaq istifadəsi", "Заблокированное землепользование")),
                new FormQuestion("integer", "priority", L("Priority (1 highest, 5 lowest)", "Prioritet (1 ən yüksək, 5 ən aşağı)",
                    "Приоритет (1 высший, 5 низший)"))
                {
                    Constraint = ". >= 1 and . <= 5",
                    ConstraintMessage = L("Enter 1 to 5.", "1-dən 5-ə qədər daxil edin.", "Введите от 1 до 5."),
                }),
            Group("hazard_location", L("Location", "Yerləşmə", "Местоположение"),
                Shape("perimeter", L("Perimeter of the area", "Ərazinin perimetri", "Периметр района")).RequiredWhen("${hazard_code} = ''"),
                Point("benchmark", L("Benchmark (a fixed point outside the area)", "Reper (ərazidən kənarda sabit nöqtə)",
                    "Репер (неподвижная точка вне района)"))),
            Group("beneficiaries", L("People who would benefit from release", "Azad edilmədən faydalanacaq insanlar",
                    "Люди, которые выиграют от освобождения земли"),
                Count("beneficiaries_women", L("Women", "Qadınlar", "Женщины")),
                Count("beneficiaries_men", L("Men", "Kişilər", "Мужчины")),
                Count("beneficiaries_girls", L("Girls", "Qızlar", "Девочки")),
                Count("beneficiaries_boys", L("Boys", "Oğlanlar", "Мальчики"))),
            Repeat("evidence", L("Evidence", "Sübut", "Доказательство"),
                SelectOne("evidence_type", "evidence_type", L("Type of evidence", "Sübutun növü", "Тип доказательства")).Required(),
                SelectOne("evidence_directness", "evidence_directness", L("Direct or indirect?", "Birbaşa, yoxsa dolayı?", "Прямое или косвенное?"))
                    .Required(),
                SelectOne("evidence_source", "evidence_source", L("Source", "Mənbə", "Источник")).Required(),
                Point("evidence_location", L("Where the evidence is", "Sübutun yeri", "Где находится доказательство")),
                Date("evidence_observed_on", L("Date observed or reported", "Müşahidə və ya məlumat tarixi", "Дата наблюдения или сообщения")),
                Text("evidence_notes", L("Notes", "Qeydlər", "Примечания")),
                Photo("evidence_photo", L("Photo of the evidence", "Sübutun fotosu", "Фото доказательства"))),
            Photo("survey_photo", L("Photo of the area", "Ərazinin fotosu", "Фото района")),
        ],
    };
}
