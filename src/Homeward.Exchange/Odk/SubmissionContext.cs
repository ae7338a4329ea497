using System.Globalization;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Exchange.Forms;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Odk;

/// <summary>
/// Turns the answers of one submission into field-report items: reads each answer as its type, checks codes against the
/// code tables and links against the store, and collects every problem with the submission, field and value.
/// </summary>
internal sealed class SubmissionContext(
    FormSubmission submission, FieldFormDefinition form, CodeTables codes, IHomewardStore store, SubmissionFiles files,
    FormImportOptions options, Dictionary<string, ObjectKind?> lookups)
{
    public List<FieldReportItem> Items { get; } = [];

    public List<ReportAttachment> Attachments { get; } = [];

    public List<FormImportError> Errors { get; } = [];

    public List<FormImportError> Warnings { get; } = [];

    public SubmissionRecord Root => submission.Record;

    /// <summary>The prefix of the submission's item references: its instance ID without <c>uuid:</c>.</summary>
    public string Key { get; } = submission.InstanceId.StartsWith("uuid:", StringComparison.Ordinal) ? submission.InstanceId[5..] : submission.InstanceId;

    public void Error(SubmissionRecord record, string? field, string? value, string message) =>
        Errors.Add(new FormImportError(submission.InstanceId, record.Path, field, value, message));

    public void Warning(SubmissionRecord record, string? field, string? value, string message) =>
        Warnings.Add(new FormImportError(submission.InstanceId, record.Path, field, value, message));

    public string? Text(SubmissionRecord record, string field, bool required = false)
    {
        var value = record[field];
        if (value is null && required)
        {
            Error(record, field, null, "an answer is required.");
        }

        return value;
    }

    /// <summary>A choice from a list: a Homeward code (checked against the store's code tables, nearest codes suggested) or a value of the form's own list.</summary>
    public string? Choice(SubmissionRecord record, string field, bool required = false)
    {
        var value = Text(record, field, required);
        return value is null ? null : CheckChoice(record, field, value) ? value : null;
    }

    public List<string> Choices(SubmissionRecord record, string field)
    {
        var value = Text(record, field);
        var result = new List<string>();
        foreach (var choice in value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            if (CheckChoice(record, field, choice))
            {
                result.Add(choice);
            }
        }

        return result;
    }

    public DateOnly? Date(SubmissionRecord record, string field, bool required = false)
    {
        var value = Text(record, field, required);
        if (value is null)
        {
            return null;
        }

        // A date question gives yyyy-MM-dd; a dateTime or Kobo's export may add a time.
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(record, field, value, "not a date written yyyy-MM-dd.");
        return null;
    }

    public int? Integer(SubmissionRecord record, string field, int minimum, int maximum = int.MaxValue, bool required = false)
    {
        var value = Text(record, field, required);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && !(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue
                && (number = (int)d) == d))
        {
            Error(record, field, value, "not a whole number.");
            return null;
        }

        if (number < minimum || number > maximum)
        {
            Error(record, field, value, maximum == int.MaxValue ? $"must be at least {minimum}." : $"must be from {minimum} to {maximum}.");
            return null;
        }

        return number;
    }

    /// <summary>The code of an existing object of <paramref name="kind"/>, checked against the store.</summary>
    public async Task<string?> LinkAsync(SubmissionRecord record, string field, ObjectKind kind, bool required, CancellationToken cancellationToken)
    {
        var code = Text(record, field, required);
        if (code is null)
        {
            return null;
        }

        if (!lookups.TryGetValue(code, out var found))
        {
            found = (await store.FindByCodeAsync(code, null, cancellationToken).ConfigureAwait(false))?.State.Kind;
            lookups[code] = found;
        }

        var expected = ObjectKindInfo.Of(kind);
        if (found is null)
        {
            Error(record, field, code, $"no {Words(expected)} has this code in the database; check the code on the task sheet.");
            return null;
        }

        if (found != kind)
        {
            Error(record, field, code, $"this is the code of a {Words(ObjectKindInfo.Of(found.Value))}, not of a {Words(expected)}.");
            return null;
        }

        return code;
    }

    /// <summary>The geometry of a geo question, checked at the boundary: invalid is an error, outside the region a warning.</summary>
    public Geometry? Geometry(SubmissionRecord record, string field, ObjectKind kind, bool required = false)
    {
        var value = Text(record, field, required);
        if (value is null)
        {
            return null;
        }

        var type = form.Find(field)?.Type ?? "geopoint";
        var problem = OdkGeometry.TryParse(type, value, out var geometry, out var accuracy);
        if (problem is not null)
        {
            Error(record, field, value, problem);
            return null;
        }

        if (accuracy > options.WarnAccuracyMetres)
        {
            Warning(record, field, null, string.Create(CultureInfo.InvariantCulture, $"the GPS accuracy was {accuracy:0.#} m; the position may be off by that much."));
        }

        var refused = false;
        foreach (var issue in options.Validator.Validate(kind, geometry!))
        {
            if (issue.IsInvalidGeometry)
            {
                Error(record, field, value.Length > 80 ? value[..80] + "..." : value, issue.Message);
                refused = true;
            }
            else
            {
                Warning(record, field, null, issue.Message);
            }
        }

        return refused ? null : geometry;
    }

    /// <summary>Attaches the photo a question names; a photo the export does not hold is a warning.</summary>
    public void Photo(SubmissionRecord record, string field)
    {
        var name = Text(record, field);
        if (name is null)
        {
            return;
        }

        var path = files.FindAttachment(name, submission.AttachmentPaths.GetValueOrDefault(name));
        if (path is null)
        {
            Warning(record, field, name, "the photo is not in the export (export with attachments, or put the media folder beside the file); the report will not have it.");
            return;
        }

        Attachments.Add(ReportAttachment.Create($"{Key}-{name}", MediaTypes.Of(name), files.Get(path)!));
    }

    /// <summary>Adds an item; its reference is the instance key and <paramref name="role"/>.</summary>
    public string Add(string role, ObjectKind kind, JsonObject attributes, Geometry? geometry, string? targetCode = null)
    {
        var itemRef = $"{Key}.{role}";
        if (targetCode is not null)
        {
            attributes["code"] = targetCode;
        }

        Items.Add(new FieldReportItem(itemRef, kind, attributes.ToJsonString(), geometry, targetCode, null));
        return itemRef;
    }

    private bool CheckChoice(SubmissionRecord record, string field, string value)
    {
        var list = form.Find(field)?.ListName;
        if (list is null)
        {
            return true;
        }

        if (FormLists.IsCodeTable(list))
        {
            if (codes.Contains(list, value))
            {
                return true;
            }

            var near = codes.Suggest(list, value);
            Error(record, field, value, $"not a code of {list}" + (near.Count > 0 ? $"; did you mean {string.Join(", ", near)}?" : "."));
            return false;
        }

        if (FormLists.Choices(list).Any(c => c.Name == value))
        {
            return true;
        }

        Error(record, field, value, $"not one of {string.Join(", ", FormLists.Choices(list).Select(c => c.Name))}.");
        return false;
    }

    private static string Words(ObjectKindInfo info) =>
        string.Concat(info.Kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
