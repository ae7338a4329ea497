using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>The explosive ordnance accident and victim form: the accident and each person killed or injured.</summary>
internal static class AccidentForm
{
    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "eo-accident",
        FormId = "homeward_eo_accident",
        Version = "2026050101",
        Title = L("Explosive ordnance accident and victims", "Partlayıcı sursat hadisəsi və qurbanlar", "Несчастный случай с ВОП и пострадавшие"),
        InstanceName = "concat('Accident ', ${accident_date})",
        Questions =
        [
            Group("accident", L("Accident", "Hadisə", "Несчастный случай"),
                Date("accident_date", L("Date of the accident", "Hadisənin tarixi", "Дата несчастного случая")).Required(),
                SelectOne("yes_no", "accident_date_known", L("Is the date known exactly?", "Tarix dəqiq məlumdur?", "Дата известна точно?")).Required(),
                SelectOne("accident_type", "accident_type", L("Type of accident", "Hadisənin növü", "Тип несчастного случая")).Required(),
                SelectOne("device_category", "accident_device_category", L("Device category, if known", "Sursatın kateqoriyası (məlumdursa)",
                    "Категория боеприпаса, если известна")),
                SelectOne("yes_no_unknown", "area_was_marked", L("Was the area marked as dangerous?", "Ərazi təhlükəli kimi işarələnmişdi?",
                    "Был ли район обозначен как опасный?")),
                Code("hazard_code", "HA", L("Code of the hazardous area, if any", "Təhlükəli ərazinin kodu (varsa)", "Код опасного района, если есть")),
                Code("activity_code", "AC", L("Code of the demining activity", "Minatəmizləmə fəaliyyətinin kodu", "Код работ по разминированию"))
                    .When("${accident_type} = 'demining'").Required(),
                Point("accident_location", L("Where it happened", "Baş verdiyi yer", "Где произошло")).Required(),
                Photo("accident_photo", L("Photo of the site", "Yerin fotosu", "Фото места"))),
            Repeat("victims", L("Victim", "Qurban", "Пострадавший"),
                Text("victim_name", L("Full name", "Tam adı", "Полное имя")),
                SelectOne("sex", "victim_sex", L("Sex", "Cins", "Пол")).Required(),
                Date("victim_date_of_birth", L("Date of birth", "Doğum tarixi", "Дата рождения")),
                new FormQuestion("integer", "victim_age", L("Age at the accident", "Hadisə zamanı yaşı", "Возраст на момент несчастного случая"))
                {
                    Constraint = ". >= 0 and . <= 120",
                    ConstraintMessage = L("Enter an age from 0 to 120.", "0-dan 120-yə qədər yaş daxil edin.", "Введите возраст от 0 до 120."),
                },
                SelectOne("victim_outcome", "victim_outcome", L("Killed or injured?", "Həlak olub, yoxsa yaralanıb?", "Погиб или ранен?")).Required(),
                SelectOne("victim_activity", "victim_activity", L("Activity at the time", "Hadisə zamanı fəaliyyəti", "Занятие в момент происшествия")),
                SelectOne("tampering", "victim_tampering", L("Did the person handle the device?", "Şəxs sursata toxunub?", "Трогал ли человек боеприпас?")),
                SelectOne("yes_no", "victim_consent", L("Has the person (or a guardian) agreed to this record?",
                    "Şəxs (və ya qəyyumu) bu qeydə razılıq verib?", "Согласен ли человек (или опекун) на эту запись?")).Required()),
        ],
    };
}
