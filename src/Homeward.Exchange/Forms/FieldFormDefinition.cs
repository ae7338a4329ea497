using Homeward.Domain;

namespace Homeward.Exchange.Forms;

/// <summary>
/// One of Homeward's field forms, from which its XLSForm is generated: the <c>survey</c> rows, the <c>choices</c>
/// drawn from Homeward's code tables (so codes match exactly) and the <c>settings</c>. Immutable.
/// </summary>
public sealed record FieldFormDefinition
{
    /// <summary>The name of the field that carries <see cref="HomewardForm"/> in every submission.</summary>
    public const string HomewardFormField = "homeward_form";

    /// <summary>Homeward's name of the form (<c>non-technical-survey</c>), also the report's form type on import.</summary>
    public required string HomewardForm { get; init; }

    /// <summary>The XForm id (<c>form_id</c> in settings), for example <c>homeward_nts</c>.</summary>
    public required string FormId { get; init; }

    /// <summary>The version, <c>yyyymmddrr</c> as XLSForm advises; raise it whenever the form changes.</summary>
    public required string Version { get; init; }

    /// <summary>The title in the three languages (settings carry the English one).</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The XPath expression that names each submission in ODK Central and Kobo (<c>instance_name</c>).</summary>
    public string? InstanceName { get; init; }

    /// <summary>The questions after the metadata rows, in order.</summary>
    public required IReadOnlyList<FormQuestion> Questions { get; init; }

    /// <summary>Whether submissions can be imported as field-report items.</summary>
    public bool IsImportable { get; init; } = true;

    /// <summary>The survey rows as written: the metadata rows (start, end, today, device, user, form name) and then <see cref="Questions"/>.</summary>
    public IReadOnlyList<FormQuestion> Rows =>
    [
        new("start", "start", null),
        new("end", "end", null),
        new("today", "today", null),
        new("deviceid", "deviceid", null),
        new("username", "username", null),
        new("calculate", HomewardFormField, null) { Calculation = $"'{HomewardForm}'" },
        .. Questions,
    ];

    /// <summary>Every row, depth first, groups and repeats included.</summary>
    public IEnumerable<FormQuestion> AllRows => Rows.SelectMany(r => r.DescendantsAndSelf());

    /// <summary>The question named <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The row.</returns>
    public FormQuestion? Find(string name) => AllRows.FirstOrDefault(r => r.Name == name);

    /// <summary>The choices of every list the form's select questions use, in order of first use.</summary>
    public IReadOnlyList<FormChoice> Choices =>
    [
        .. AllRows.Select(r => r.ListName).OfType<string>().Distinct(StringComparer.Ordinal).SelectMany(FormLists.Choices),
    ];
}
