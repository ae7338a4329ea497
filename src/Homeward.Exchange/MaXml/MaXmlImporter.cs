using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using static Homeward.Exchange.MaXml.MaXmlElements;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// Imports the <c>Hazard</c> and <c>HazardReduction</c> field reports of an IMSMA NG maXML file into one draft field report,
/// so that a programme moving from IMSMA NG brings its data through review like any other. A hazard reduction links to its
/// hazard by the hazard's GUID or local ID (in the same file) or by a Homeward code (already in the database). Each item's
/// reference keeps the IMSMA local ID and GUID (<c>imsma:LOCALID:GUID</c>), and the file itself is attached to the draft.
/// All or nothing by default; with <see cref="MaXmlImportOptions.SkipInvalid"/> the good field reports are taken (a hazard
/// reduction whose hazard is rejected is rejected too). Nothing is written here: the caller stores the draft.
/// </summary>
public static class MaXmlImporter
{
    /// <summary>The draft's form type.</summary>
    public const string FormType = "imsma-maxml";

    /// <summary>Maps the field reports to a draft.</summary>
    /// <param name="reports">The field reports read from the file.</param>
    /// <param name="store">The database, to check links and code tables; only read.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The draft, or the problems.</returns>
    public static async Task<MaXmlImportResult> ImportAsync(IReadOnlyList<MaXmlFieldReport> reports, IHomewardStore store, MaXmlImportOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var codes = await store.GetCodeTablesAsync(cancellationToken).ConfigureAwait(false);
        var lookups = new Dictionary<string, ObjectKind?>(StringComparer.Ordinal);
        var contexts = new Dictionary<MaXmlFieldReport, MaXmlReportContext>();
        var warnings = new List<MaXmlImportError>();
        MaXmlReportContext Context(MaXmlFieldReport r) =>
            contexts.TryGetValue(r, out var c) ? c : contexts[r] = new MaXmlReportContext(r, codes, store, options, lookups);

        // Pass 1: the hazards, so that a hazard reduction may come before its hazard in the file.
        var hazards = new Dictionary<string, (MaXmlFieldReport Report, string ItemRef)>(StringComparer.OrdinalIgnoreCase);
        var hazardReports = reports.Where(r => r.Item is { } i && Is(i, "Hazard")).ToList();
        foreach (var report in hazardReports)
        {
            var c = Context(report);
            var item = report.Item!;
            var guid = c.Text(item, "guid", true, "hazard_guid", "HazardGUID");
            var localId = c.Text(item, "localId", false, "hazard_localid", "HazardLocalId");
            var itemRef = ItemRef(guid, localId);
            foreach (var key in new[] { guid, localId }.OfType<string>())
            {
                if (hazards.TryGetValue(key, out var first))
                {
                    c.Error(item, key == guid ? "guid" : "localId", key, $"another hazard in this file has it too ({first.Report.Path}).");
                }
                else
                {
                    hazards[key] = (report, itemRef);
                }
            }

            await MaXmlHazardMapping.MapAsync(c, item, itemRef, cancellationToken).ConfigureAwait(false);
        }

        var reductionKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in reports.Where(r => r.Item is { } i && Is(i, "HazardReduction")))
        {
            var c = Context(report);
            var item = report.Item!;
            var guid = c.Text(item, "guid", true, "hazreduc_guid", "HazardReductionGUID");
            var localId = c.Text(item, "localId", false, "hazreduc_localid", "HazardReductionLocalId");
            if (guid is not null && !reductionKeys.Add(guid))
            {
                c.Error(item, "guid", guid, "another hazard reduction in this file has it too.");
            }

            var hazard = await HazardOfAsync(c, item, hazards, contexts, cancellationToken).ConfigureAwait(false);
            var info = Child(report.Element, "FieldReportInfo");
            var reportingOrg = info is null ? null : Value(info, "ReportingOrg");
            var reportingDate = info is null ? null : c.Date(info, "ReportingDate");
            await MaXmlHazardReductionMapping.MapAsync(c, item, ItemRef(guid, localId), hazard, reportingOrg, reportingDate, cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var report in reports.Where(r => !contexts.ContainsKey(r)))
        {
            var kind = report.Item?.Name.LocalName ?? "(empty)";
            warnings.Add(new MaXmlImportError($"FieldReport[{report.Number}]", report.Path, null, kind,
                $"not imported: Homeward imports Hazard and HazardReduction field reports; this one is {kind}."));
        }

        var accepted = new List<MaXmlFieldReport>();
        var rejected = new List<MaXmlFieldReport>();
        var errors = new List<MaXmlImportError>();
        var items = new List<FieldReportItem>();
        foreach (var report in reports.Where(contexts.ContainsKey))
        {
            var c = contexts[report];
            warnings.AddRange(c.Warnings);
            if (c.Errors.Count > 0)
            {
                errors.AddRange(c.Errors);
                rejected.Add(report);
                continue;
            }

            accepted.Add(report);
            items.AddRange(c.Items);
        }

        if ((errors.Count > 0 && !options.SkipInvalid) || items.Count == 0)
        {
            if (errors.Count == 0)
            {
                errors.Add(new MaXmlImportError(options.SourceName, "/", null, null, "the file holds no Hazard or HazardReduction field report to import."));
            }

            return new MaXmlImportResult(null, [], rejected, errors, warnings);
        }

        var dates = accepted.Select(r => Child(r.Element, "FieldReportInfo") is { } i ? Value(i, "ReportingDate") : null).OfType<string>()
            .Select(t => DateOnly.TryParseExact(t.Length >= 10 ? t[..10] : t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : (DateOnly?)null)
            .OfType<DateOnly>().ToList();
        var hazardCount = accepted.Count(r => Is(r.Item!, "Hazard"));
        var draft = new FieldReportDraft
        {
            Title = string.Create(CultureInfo.InvariantCulture,
                $"IMSMA NG maXML: {hazardCount} hazard(s) and {accepted.Count - hazardCount} hazard reduction(s) from {options.SourceName}"),
            FormType = FormType,
            ReportedOn = dates.Count > 0 ? dates.Max() : null,
            Items = items,
            Attachments = options.OriginalFile is { } original ? [ReportAttachment.Create(options.SourceName, "application/xml", original)] : null,
        };
        return new MaXmlImportResult(draft, accepted, rejected, errors, warnings);
    }

    private static string ItemRef(string? guid, string? localId) => localId is null ? $"imsma:{guid}" : $"imsma:{localId}:{guid}";

    /// <summary>The hazardous area of a hazard reduction: <c>#itemRef</c> of a hazard in the file, or the code of a stored one.</summary>
    private static async Task<string?> HazardOfAsync(MaXmlReportContext c, System.Xml.Linq.XElement item,
        Dictionary<string, (MaXmlFieldReport Report, string ItemRef)> hazards, Dictionary<MaXmlFieldReport, MaXmlReportContext> contexts,
        CancellationToken cancellationToken)
    {
        foreach (var field in new[] { "HazardGUID", "HazardLocalId" })
        {
            var value = c.Text(item, field, false, field == "HazardGUID" ? "hazard_guid" : "hazard_localid");
            if (value is null)
            {
                continue;
            }

            if (hazards.TryGetValue(value, out var found))
            {
                if (contexts[found.Report].Errors.Count > 0)
                {
                    c.Error(item, field, value, $"its hazard ({found.Report.Path}) was rejected, so this hazard reduction is too.");
                    return null;
                }

                return "#" + found.ItemRef;
            }

            if (await c.FindAsync(value, cancellationToken).ConfigureAwait(false) == ObjectKind.HazardousArea)
            {
                return value;
            }

            c.Error(item, field, value,
                "no hazard in this file has it, and no hazardous area in the database has it as its code: put the hazard's field report in the file, or give HazardCode.");
            return null;
        }

        if (Value(item, "HazardCode") is { } code)
        {
            return await c.LinkAsync(item, "HazardCode", code, ObjectKind.HazardousArea, cancellationToken).ConfigureAwait(false);
        }

        c.Error(item, "HazardGUID", null, "a hazard reduction must name its hazard: HazardGUID or HazardLocalId (in this file) or HazardCode (in the database).");
        return null;
    }
}
