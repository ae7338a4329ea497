using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Exchange.FieldReports;
using NetTopologySuite.Geometries;
using Spectre.Console;

namespace Homeward.Cli.Reports;

/// <summary>
/// <c>homeward report show</c> for a report too large to read whole (more items than the workflow reviews at once): its
/// header, a summary made by reading the items one at a time (counts by kind and geometry type, extent, area), the
/// first items, and the whole report written to a file with <c>--out</c> for a map in QGIS. What approval would do is
/// checked by <c>report submit</c> and <c>report approve</c>, which read the report in batches.
/// </summary>
internal static class LargeReportView
{
    public static async Task<int> ShowAsync(CliSession session, ReportHeader header, ReportShowCommand.Settings settings, CancellationToken cancellationToken)
    {
        var report = header.Report;
        if (settings.Out is { } outPath)
        {
            var file = File.Create(outPath);
            await using (file.ConfigureAwait(false))
            {
                await FieldReportFile.WriteAsync(report, session.Store.ReadReportItemsAsync(report.Id, cancellationToken), file, cancellationToken);
            }

            Messages.Note($"{report.Code} written to {outPath} ({header.ItemCount:N0} items).");
        }

        await ReportAttachmentFiles.WriteAsync(report, settings.Attachments, cancellationToken);
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byGeometry = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var extent = new Envelope();
        var areaSquareMetres = 0.0;
        var first = new List<FieldReportItem>();
        var limit = settings.Limit > 0 ? settings.Limit : int.MaxValue;
        await foreach (var item in session.Store.ReadReportItemsAsync(report.Id, cancellationToken))
        {
            var kind = ObjectKindInfo.Of(item.Kind).JsonName;
            byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
            var geometryType = item.Geometry?.GeometryType ?? "none";
            byGeometry[geometryType] = byGeometry.GetValueOrDefault(geometryType) + 1;
            if (item.Geometry is { IsEmpty: false } geometry)
            {
                extent.ExpandToInclude(geometry.EnvelopeInternal);
                if (geometry is IPolygonal)
                {
                    areaSquareMetres += session.Measure.AreaSquareMetres(geometry);
                }
            }

            if (first.Count < limit)
            {
                first.Add(item);
            }
        }

        var note = $"{report.Code} has {header.ItemCount:N0} items, more than the {session.Workflow.BatchItems:N0} shown with what approval would do; "
            + "'homeward report submit' checks every item and 'homeward report approve' applies them in one commit, both reading the report in parts.";
        if (settings.Json)
        {
            CliJson.Write(new
            {
                report = ReportHeaderJson.Of(report, header.Version, header.ItemCount),
                summary = new
                {
                    byKind,
                    byGeometry,
                    extent = extent.IsNull ? null : new[] { extent.MinX, extent.MinY, extent.MaxX, extent.MaxY },
                    areaSquareMetres,
                },
                items = first.Select(i => new { itemRef = i.ItemRef, kind = ObjectKindInfo.Of(i.Kind).JsonName, targetCode = i.TargetCode }),
                note,
            });
            return ExitCodes.Success;
        }

        if (report.IsSynthetic)
        {
            Messages.SyntheticWarning();
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
            $"[bold]{report.Code}[/] {report.Title} — {report.Status}, {header.ItemCount:N0} item(s), form {report.FormType}{(report.IsSynthetic ? " — SYNTHETIC demonstration data" : string.Empty)}");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"created by {report.CreatedBy} at {report.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}");
        Console.Out.WriteLine("  kinds: " + string.Join(", ", byKind.Select(p => string.Create(CultureInfo.CurrentCulture, $"{p.Key} {p.Value:N0}"))));
        Console.Out.WriteLine("  geometries: " + string.Join(", ", byGeometry.Select(p => string.Create(CultureInfo.CurrentCulture, $"{p.Key} {p.Value:N0}"))));
        if (!extent.IsNull)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  extent (EPSG:4326): {extent.MinX:0.#####} {extent.MinY:0.#####} to {extent.MaxX:0.#####} {extent.MaxY:0.#####}; polygons cover {areaSquareMetres / 1e6:N2} km²"));
        }

        var table = new Table().Title($"The first {first.Count:N0} items").AddColumns("Item", "Kind", "Geometry", "Code");
        foreach (var item in first)
        {
            table.AddRow(Markup.Escape(item.ItemRef), ObjectKindInfo.Of(item.Kind).JsonName, item.Geometry?.GeometryType ?? "—", Markup.Escape(item.TargetCode ?? "new"));
        }

        AnsiConsole.Write(table);
        Console.Out.WriteLine(note);
        return ExitCodes.Success;
    }
}
