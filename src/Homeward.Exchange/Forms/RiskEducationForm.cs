using static Homeward.Exchange.Forms.FormRows;

namespace Homeward.Exchange.Forms;

/// <summary>The risk-education session form: when, where, how, by whom and to whom.</summary>
internal static class RiskEducationForm
{
    public static FieldFormDefinition Definition { get; } = new()
    {
        HomewardForm = "risk-education",
        FormId = "homeward_risk_education",
        Version = "2026050101",
        Title = L("Risk-education session", "Risk maarifləndirmə sessiyası", "Занятие по информированию о рисках"),
        InstanceName = "concat('EORE ', ${held_on})",
        Questions =
        [
            Date("held_on", L("Date of the session", "Sessiyanın tarixi", "Дата занятия")).Required(),
            Code("organisation_code", "ORG", L("Organisation code", "Təşkilatın kodu", "Код организации")).Required(),
            SelectOne("eore_method", "eore_method", L("Delivery method", "Çatdırılma üsulu", "Способ проведения")).Required(),
            Point("session_location", L("Where it was held", "Keçirildiyi yer", "Где проведено")).Required(),
            Group("audience", L("Audience", "Auditoriya", "Аудитория"),
                Count("audience_women", L("Women", "Qadınlar", "Женщины")).Required(),
                Count("audience_men", L("Men", "Kişilər", "Мужчины")).Required(),
                Count("audience_girls", L("Girls", "Qızlar", "Девочки")).Required(),
                Count("audience_boys", L("Boys", "Oğlanlar", "Мальчики")).Required(),
                Count("first_time_beneficiaries", L("How many heard risk education for the first time?",
                    "Neçə nəfər risk maarifləndirməsini ilk dəfə dinləyib?", "Сколько человек слушали впервые?")) with
                {
                    Constraint = ". >= 0 and . <= ${audience_women} + ${audience_men} + ${audience_girls} + ${audience_boys}",
                    ConstraintMessage = L("Cannot be more than the whole audience.", "Bütün auditoriyadan çox ola bilməz.",
                        "Не может быть больше всей аудитории."),
                }),
            Photo("session_photo", L("Photo of the session", "Sessiyanın fotosu", "Фото занятия")),
        ],
    };
}
