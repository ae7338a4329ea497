using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>
/// The device-finding form: one explosive ordnance find, linked to the activity that found it and the hazardous area it
/// lies in (whose confirmed device categories it adds to).
/// </summary>
internal static class DeviceFindingForm
{
    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "device-finding",
        FormId = "homeward_device_finding",
        Version = "2026050101",
        Title = L("Device finding", "Sursatın aşkarlanması", "Обнаружение боеприпаса"),
        InstanceName = "concat('Device ', ${device_category}, ' ', ${found_on})",
        Questions =
        [
            Code("hazard_code", "HA", L("Code of the hazardous area", "Təhlükəli ərazinin kodu", "Код опасного района")),
            Code("activity_code", "AC", L("Code of the activity that found it", "Onu tapan fəaliyyətin kodu", "Код работы, в ходе которой найден")),
            Date("found_on", L("Date found", "Tapılma tarixi", "Дата обнаружения")).Required(),
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
            Photo("device_photo", L("Photo of the device", "Sursatın fotosu", "Фото боеприпаса")),
        ],
    };
}
