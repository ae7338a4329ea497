using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Exchange.Forms;

namespace Homeward.Exchange.Odk;

/// <summary>
/// Imports the submissions of one of Homeward's forms into one draft field report: each submission becomes items linked
/// to the objects it names (a device to its activity and hazardous area, a daily report to its activity, task and area),
/// its photos become attachments. All or nothing by default: one bad answer refuses the whole export, naming the
/// submission, field and value; with <see cref="FormImportOptions.SkipInvalid"/>, the good submissions are taken and the
/// others listed. Nothing is written here: the caller stores the draft.
/// </summary>
public static class FormSubmissionImporter
{
    /// <summary>Maps the submissions to a draft.</summary>
    /// <param name="read">The submissions read from the export.</param>
    /// <param name="files">The export's files, for the photos.</param>
    /// <param name="store">The database, to check links and code tables; only read.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The draft, or the problems.</returns>
    public static async Task<FormImportResult> ImportAsync(IReadOnlyList<FormSubmission> read, SubmissionFiles files, IHomewardStore store,
        FormImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var formName = options.Form ?? read.Select(s => s.Record[FieldFormDefinition.HomewardFormField]).FirstOrDefault(f => f is not null);
        var form = formName is null ? null : FieldForms.Find(formName);
        if (form is null)
        {
            var message = formName is null
                ? "the export does not say which form it is (no homeward_form column); give --form with one of " + FormNames()
                : $"'{formName}' is not one of Homeward's forms: " + FormNames();
            return Failed(message, files.Main);
        }

        if (!form.IsImportable)
        {
            return Failed($"{form.Title.En} submissions cannot be imported yet: Homeward has no object for them. Keep the export; the form collects them.",
                files.Main, form.HomewardForm);
        }

        var codes = await store.GetCodeTablesAsync(cancellationToken).ConfigureAwait(false);
        var lookups = new Dictionary<string, ObjectKind?>(StringComparer.Ordinal);
        var items = new List<FieldReportItem>();
        var attachments = new List<ReportAttachment>();
        var errors = new List<FormImportError>();
        var warnings = new List<FormImportError>();
        var accepted = new List<string>();
        foreach (var submission in read)
        {
            var c = new SubmissionContext(submission, form, codes, store, files, options, lookups);
            if (submission.Record[FieldFormDefinition.HomewardFormField] is { } other && !string.Equals(other, form.HomewardForm, StringComparison.Ordinal))
            {
                c.Error(submission.Record, FieldFormDefinition.HomewardFormField, other, $"this submission is of another form than {form.HomewardForm}.");
            }
            else
            {
                await MapAsync(form, c, store, cancellationToken).ConfigureAwait(false);
            }

            warnings.AddRange(c.Warnings);
            if (c.Errors.Count > 0)
            {
                errors.AddRange(c.Errors);
                continue;
            }

            accepted.Add(submission.InstanceId);
            items.AddRange(c.Items);
            attachments.AddRange(c.Attachments);
        }

        if ((errors.Count > 0 && !options.SkipInvalid) || items.Count == 0)
        {
            if (errors.Count == 0)
            {
                errors.Add(new FormImportError(files.Main, files.Main, null, null, "no submission gave anything to import."));
            }

            return new FormImportResult(null, [], errors, warnings, form.HomewardForm);
        }

        var dates = read.Where(s => accepted.Contains(s.InstanceId)).Select(s => s.SubmittedAt).OfType<string>()
            .Select(t => DateOnly.TryParseExact(t.Length >= 10 ? t[..10] : t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>().ToList();
        var draft = new FieldReportDraft
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"{form.Title.En}: {accepted.Count} submission(s) from {options.SourceName}"),
            FormType = form.HomewardForm,
            ReportedOn = dates.Count > 0 ? dates.Max() : null,
            Items = items,
            Attachments = attachments.Count > 0 ? attachments : null,
        };
        return new FormImportResult(draft, accepted, errors, warnings, form.HomewardForm);
    }

    private static async Task MapAsync(FieldFormDefinition form, SubmissionContext c, IHomewardStore store, CancellationToken cancellationToken)
    {
        switch (form.HomewardForm)
        {
            case "non-technical-survey":
                await NonTechnicalSurveyMapping.MapAsync(c, cancellationToken).ConfigureAwait(false);
                break;
            case "daily-activity":
                await DailyActivityMapping.MapAsync(c, cancellationToken).ConfigureAwait(false);
                break;
            case "device-finding":
                var confirmed = await DeviceFindingMapping.ConfirmedAsync(store, c.Root["hazard_code"], cancellationToken).ConfigureAwait(false);
                await DeviceFindingMapping.MapAsync(c, confirmed, cancellationToken).ConfigureAwait(false);
                break;
            case "eo-accident":
                await AccidentMapping.MapAsync(c, cancellationToken).ConfigureAwait(false);
                break;
            case "risk-education":
                await RiskEducationMapping.MapAsync(c, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"The importable form {form.HomewardForm} has no mapping.");
        }
    }

    private static string FormNames() => string.Join(", ", FieldForms.All.Where(f => f.IsImportable).Select(f => f.HomewardForm)) + ".";

    private static FormImportResult Failed(string message, string file, string? form = null) =>
        new(null, [], [new FormImportError(file, file, null, null, message)], [], form);
}
