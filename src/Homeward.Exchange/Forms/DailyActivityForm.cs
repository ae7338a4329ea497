using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>
/// The daily activity report: the day's work on an activity (new, or an update of one by its code), the land released
/// and the devices found.
/// </summary>
internal static class DailyActivityForm
{
    private const string NewActivity = "${activity_code} = ''";

    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "daily-activity",
        FormId = "homeward_daily_activity",
        Version = "2026050101",
        Title = L("Daily activity report", "Gündəlik fəaliyyət hesabatı", "Ежедневный отчёт о работе"),
        InstanceName = "concat('Daily ', ${activity_code}, ' ', ${report_date})",
        Questions =
        [
            Date("report_date", L("Date of the report", "Hesabatın tarixi", "Дата отчёта")).Required(),
            Group("activity", L("Activity", "Fəaliyyət", "Работа"),
                Code("activity_code", "AC", L("Code of the activity, if already recorded", "Fəaliyyətin kodu (artıq qeydə alınıbsa)",
                        "Код работы, если она уже зарегистрирована"))
                    .WithHint(L("Leave empty on the first day of a new activity.", "Yeni fəaliyyətin ilk günü boş saxlayın.",
                        "Оставьте пустым в первый день новой работы.")),
                Code("task_code", "TK", L("Task code", "Tapşırığın kodu", "Код задания")),
                Code("hazard_code", "HA", L("Code of the hazardous area worked on", "İşlənən təhlükəli ərazinin kodu", "Код обрабатываемого опасного района"))
                    .RequiredWhen("count(${released}) > 0"),
                Code("organisation_code", "ORG", L("Organisation code", "Təşkilatın kodu", "Код организации")).RequiredWhen(NewActivity),
                Code("team_code", "TM", L("Team code", "Komandanın kodu", "Код команды")),
                SelectOne("activity_type", "activity_type", L("Type of activity", "Fəaliyyətin növü", "Тип работы")).RequiredWhen(NewActivity),
                SelectMultiple("method", "methods", L("Methods used", "İstifadə olunan üsullar", "Применённые методы")),
                Date("activity_started_on", L("First working day", "İlk iş günü", "Первый рабочий день")).RequiredWhen(NewActivity),
                SelectOne("activity_status", "activity_status", L("Status at the end of the day", "Günün sonunda vəziyyət", "Состояние на конец дня"))
                    .Required(),
                Date("activity_ended_on", L("Last working day", "Son iş günü", "Последний рабочий день"))
                    .When("${activity_status} = 'completed' or ${activity_status} = 'aborted'")
                    .RequiredWhen("${activity_status} = 'completed'") with
                {
                    Constraint = ". <= today() and (${activity_started_on} = '' or . >= ${activity_started_on})",
                    ConstraintMessage = L("The last day must be after the first and not in the future.", "Son gün ilk gündən sonra olmalı və gələcəkdə olmamalıdır.",
                        "Последний день должен быть после первого и не в будущем."),
                },
                Point("activity_location", L("Reference point of the worksite", "İş sahəsinin istinad nöqtəsi", "Опорная точка участка"))),
            Repeat("released", L("Land released today", "Bu gün azad edilmiş torpaq", "Земля, освобождённая сегодня"),
                SelectOne("release_outcome", "release_outcome", L("Outcome", "Nəticə", "Результат")).Required(),
                Shape("release_area", L("Polygon of the released land", "Azad edilmiş torpağın poliqonu", "Полигон освобождённой земли")).Required(),
                Count("release_depth_cm", L("Clearance depth (cm)", "Təmizləmə dərinliyi (sm)", "Глубина очистки (см)"))
                    .When("${release_outcome} = 'cleared'").Required()),
            Repeat("devices", L("Devices found today", "Bu gün tapılan sursatlar", "Боеприпасы, найденные сегодня"),
                SelectOne("device_category", "device_category", L("Category", "Kateqoriya", "Категория")).Required(),
                Text("device_model", L("Model (for example PMN-2)", "Model (məsələn PMN-2)", "Модель (например ПМН-2)")),
                new FormQuestion("integer", "device_quantity", L("Quantity", "Miqdar", "Количество"))
                {
                    Default = "1",
                    Required = "yes",
                    Constraint = ". >= 1",
                    ConstraintMessage = L("At least one.", "Ən azı bir.", "Не меньше одного."),
                },
                SelectOne("device_condition", "device_condition", L("Condition", "Vəziyyət", "Состояние")),
                Count("device_depth_cm", L("Depth below the surface (cm)", "Səthdən dərinlik (sm)", "Глубина от поверхности (см)")),
                SelectOne("disposal", "device_disposal", L("What was done with it", "Onunla nə edildi", "Что с ним сделано")),
                Point("device_location", L("Where it was found", "Tapıldığı yer", "Где найден")).Required(),
                Photo("device_photo", L("Photo of the device", "Sursatın fotosu", "Фото боеприпаса"))),
            Photo("progress_photo", L("Photo of the worksite", "İş sahəsinin fotosu", "Фото участка")),
        ],
    };
}
