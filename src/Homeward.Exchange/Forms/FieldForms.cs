namespace Homeward.Exchange.Forms;

/// <summary>Homeward's field forms, from which the XLSForm files under <c>forms/</c> are generated.</summary>
public static class FieldForms
{
    /// <summary>Every form, in the order of the documentation.</summary>
    public static IReadOnlyList<FieldFormDefinition> All { get; } =
    [
        NonTechnicalSurveyForm.Definition,
        DailyActivityForm.Definition,
        DeviceFindingForm.Definition,
        AccidentForm.Definition,
        RiskEducationForm.Definition,
        HeritageConditionForm.Definition,
    ];

    /// <summary>The file name of a form's XLSForm, for example <c>homeward_nts.xlsx</c>.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The name.</returns>
    public static string FileName(FieldFormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.FormId + ".xlsx";
    }

    /// <summary>Finds a form by its Homeward name (<c>daily-activity</c>) or XForm id (<c>homeward_daily_activity</c>).</summary>
    /// <param name="name">The name or id.</param>
    /// <returns>The form, or <see langword="null"/>.</returns>
    public static FieldFormDefinition? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.HomewardForm, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.FormId, name, StringComparison.OrdinalIgnoreCase));
}
