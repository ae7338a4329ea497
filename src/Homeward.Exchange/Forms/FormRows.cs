using Homeward.Domain;

namespace Homeward.Exchange.Forms;

/// <summary>Short ways to write the rows of Homeward's form definitions.</summary>
internal static class FormRows
{
    public static LocalizedText L(string en, string az, string ru) => new(en, az, ru);

    public static FormQuestion Text(string name, LocalizedText label) => new("text", name, label);

    public static FormQuestion Date(string name, LocalizedText label) => new("date", name, label)
    {
        Constraint = ". <= today()",
        ConstraintMessage = L("The date cannot be in the future.", "Tarix gələcəkdə ola bilməz.", "Дата не может быть в будущем."),
    };

    public static FormQuestion Count(string name, LocalizedText label) => new("integer", name, label)
    {
        Constraint = ". >= 0",
        ConstraintMessage = L("Enter zero or more.", "Sıfır və ya daha çox daxil edin.", "Введите ноль или больше."),
    };

    public static FormQuestion SelectOne(string list, string name, LocalizedText label) => new($"select_one {list}", name, label);

    public static FormQuestion SelectMultiple(string list, string name, LocalizedText label) => new($"select_multiple {list}", name, label);

    public static FormQuestion Point(string name, LocalizedText label) => new("geopoint", name, label)
    {
        Parameters = "capture-accuracy=10 warning-accuracy=10",
        Hint = L("Wait until the accuracy is 10 m or better.", "Dəqiqlik 10 m və ya daha yaxşı olana qədər gözləyin.",
            "Дождитесь точности 10 м или лучше."),
    };

    public static FormQuestion Shape(string name, LocalizedText label) => new("geoshape", name, label)
    {
        Hint = L("Walk or tap the perimeter; the last point joins the first.", "Perimetri gəzin və ya toxunaraq qeyd edin; son nöqtə birinciyə birləşir.",
            "Обойдите или отметьте периметр; последняя точка соединяется с первой."),
    };

    public static FormQuestion Photo(string name, LocalizedText label) => new("image", name, label)
    {
        Parameters = "max-pixels=1600",
    };

    /// <summary>A text question for the readable code of an existing object (<c>HA-AGD-000123</c>, <c>ORG-000004</c>).</summary>
    public static FormQuestion Code(string name, string prefix, LocalizedText label) => new("text", name, label)
    {
        Constraint = $"regex(., '^{prefix}-([A-Z]{{3}}-)?[0-9]{{6}}$')",
        ConstraintMessage = L($"Write the code as on the task sheet, for example {prefix}-AGD-000123.",
            $"Kodu tapşırıq vərəqində olduğu kimi yazın, məsələn {prefix}-AGD-000123.",
            $"Запишите код как в задании, например {prefix}-AGD-000123."),
    };

    public static FormQuestion Group(string name, LocalizedText label, params FormQuestion[] children) => FormQuestion.Group(name, label, children);

    public static FormQuestion Repeat(string name, LocalizedText label, params FormQuestion[] children) => FormQuestion.Repeat(name, label, children);

    public static FormQuestion Required(this FormQuestion question) => question with { Required = "yes" };

    public static FormQuestion RequiredWhen(this FormQuestion question, string condition) => question with { Required = condition };

    public static FormQuestion When(this FormQuestion question, string relevant) => question with { Relevant = relevant };

    public static FormQuestion WithHint(this FormQuestion question, LocalizedText hint) => question with { Hint = hint };
}
