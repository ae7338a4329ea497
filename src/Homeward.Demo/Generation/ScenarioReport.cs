using Homeward.Domain.Reports;

namespace Homeward.Demo.Generation;

/// <summary>A generated field report, with the instant at which it is to be approved.</summary>
/// <param name="Id">The report's identity, drawn from the seeded generator.</param>
/// <param name="Stage">The stage of the build it belongs to, for progress.</param>
/// <param name="Title">The title.</param>
/// <param name="FormType">The form type.</param>
/// <param name="ReportedOn">The day the work was reported.</param>
/// <param name="ApprovedAt">When it is approved (UTC); it is created and submitted shortly before.</param>
/// <param name="IsSynthetic">Whether its content is synthetic.</param>
/// <param name="Items">The items.</param>
internal sealed record ScenarioReport(
    Guid Id,
    string Stage,
    string Title,
    string FormType,
    DateOnly ReportedOn,
    DateTimeOffset ApprovedAt,
    bool IsSynthetic,
    IReadOnlyList<ScenarioItem> Items)
{
    /// <summary>The report as a draft for the review workflow.</summary>
    /// <param name="codeOf">The code of an object created by an earlier report, by scenario key.</param>
    /// <returns>The draft; references to objects of this report become item references (<c>#a1</c>).</returns>
    /// <exception cref="KeyNotFoundException">A reference names an object no earlier report created.</exception>
    public FieldReportDraft ToDraft(Func<string, string> codeOf)
    {
        ArgumentNullException.ThrowIfNull(codeOf);
        var local = Items.Where(i => i.Key is not null).ToDictionary(i => i.Key!, i => i.ItemRef, StringComparer.Ordinal);
        var items = Items.Select(item =>
        {
            var attributes = item.Attributes.DeepClone().AsObject();
            foreach (var (alias, key) in item.References)
            {
                attributes[alias] = local.TryGetValue(key, out var itemRef) ? $"#{itemRef}" : codeOf(key);
            }

            return new FieldReportItem(item.ItemRef, item.Kind, attributes.ToJsonString(), item.Geometry,
                item.TargetKey is null ? null : codeOf(item.TargetKey), null);
        }).ToList();
        return new FieldReportDraft
        {
            Id = Id,
            Title = Title,
            FormType = FormType,
            ReportedOn = ReportedOn,
            IsSynthetic = IsSynthetic,
            Items = items,
        };
    }
}
