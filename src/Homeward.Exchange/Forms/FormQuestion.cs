using Homeward.Domain;

namespace Homeward.Exchange.Forms;

/// <summary>
/// One row of an XLSForm's <c>survey</c> sheet, or a group or repeat with the rows inside it. Immutable.
/// </summary>
/// <param name="Type">The XLSForm type: <c>text</c>, <c>integer</c>, <c>date</c>, <c>select_one LIST</c>, <c>geopoint</c>,
/// <c>image</c>, <c>calculate</c>, <c>begin_group</c>, <c>begin_repeat</c>, a metadata type such as <c>start</c>, ...</param>
/// <param name="Name">The field's name: unique in the form, a valid XML name; what submissions carry.</param>
/// <param name="Label">The label in English, Azerbaijani and Russian, or <see langword="null"/> for rows that show nothing.</param>
public sealed record FormQuestion(string Type, string Name, LocalizedText? Label)
{
    /// <summary>A hint shown under the label, in the three languages.</summary>
    public LocalizedText? Hint { get; init; }

    /// <summary>Whether an answer is required: <c>yes</c>, an XPath expression, or <see langword="null"/> for optional.</summary>
    public string? Required { get; init; }

    /// <summary>The XPath condition under which the question is shown.</summary>
    public string? Relevant { get; init; }

    /// <summary>The XPath condition an answer must meet.</summary>
    public string? Constraint { get; init; }

    /// <summary>What is shown when <see cref="Constraint"/> fails, in the three languages.</summary>
    public LocalizedText? ConstraintMessage { get; init; }

    /// <summary>The XPath expression of a <c>calculate</c> row.</summary>
    public string? Calculation { get; init; }

    /// <summary>The default answer.</summary>
    public string? Default { get; init; }

    /// <summary>The appearance (<c>minimal</c>, <c>field-list</c>, <c>numbers</c>, ...).</summary>
    public string? Appearance { get; init; }

    /// <summary>The parameters (for a geopoint, <c>capture-accuracy=10 warning-accuracy=10</c>).</summary>
    public string? Parameters { get; init; }

    /// <summary>The rows inside a group or repeat; empty for a question.</summary>
    public IReadOnlyList<FormQuestion> Children { get; init; } = [];

    /// <summary>Whether the row begins a group.</summary>
    public bool IsGroup => Type == "begin_group";

    /// <summary>Whether the row begins a repeat.</summary>
    public bool IsRepeat => Type == "begin_repeat";

    /// <summary>The list a <c>select_one</c> or <c>select_multiple</c> row draws its choices from, else <see langword="null"/>.</summary>
    public string? ListName => Type.StartsWith("select_one ", StringComparison.Ordinal) || Type.StartsWith("select_multiple ", StringComparison.Ordinal)
        ? Type[(Type.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim()
        : null;

    /// <summary>Whether the answer is several space-separated choice names.</summary>
    public bool IsMultipleSelect => Type.StartsWith("select_multiple ", StringComparison.Ordinal);

    /// <summary>A group of questions shown together.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="label">Its label.</param>
    /// <param name="children">The questions.</param>
    /// <returns>The group.</returns>
    public static FormQuestion Group(string name, LocalizedText label, params FormQuestion[] children) =>
        new("begin_group", name, label) { Children = children };

    /// <summary>A repeat: the questions may be answered any number of times.</summary>
    /// <param name="name">The repeat's name.</param>
    /// <param name="label">Its label.</param>
    /// <param name="children">The questions.</param>
    /// <returns>The repeat.</returns>
    public static FormQuestion Repeat(string name, LocalizedText label, params FormQuestion[] children) =>
        new("begin_repeat", name, label) { Children = children };

    /// <summary>Every row of the question and its children, depth first, groups and repeats included.</summary>
    /// <returns>The rows.</returns>
    public IEnumerable<FormQuestion> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}
