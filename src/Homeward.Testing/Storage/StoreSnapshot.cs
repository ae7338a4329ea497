using System.Globalization;
using System.Text;
using System.Text.Json;
using Homeward.Domain;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Testing.Storage;

/// <summary>
/// Everything a store holds, as one canonical text read through <see cref="IStoreTransfer.ExportAsync"/>: the data version,
/// code values and sequences, every report (with its items and version), every effect and every version of every object
/// (state, exact geometry, instants in ticks, user, report). Two stores hold the same data exactly when their texts are equal.
/// </summary>
public static class StoreSnapshot
{
    /// <summary>The canonical text of a store's whole content.</summary>
    /// <param name="store">The store; it must implement <see cref="IStoreTransfer"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The text, one line per row.</returns>
    public static async Task<string> DescribeAsync(IHomewardStore store, CancellationToken cancellationToken)
    {
        var transfer = store as IStoreTransfer ?? throw new ArgumentException("The store cannot export its content.", nameof(store));
        var text = new StringBuilder();
        await transfer.ExportAsync(async (content, ct) =>
        {
            Line(text, $"data version {content.DataVersion}; {content.Counts}");
            foreach (var value in content.CodeValues.OrderBy(v => v.Table, StringComparer.Ordinal).ThenBy(v => v.Code, StringComparer.Ordinal))
            {
                Line(text, $"code {value.Table} {value.Code} {value.Label}");
            }

            foreach (var sequence in content.CodeSequences.OrderBy(s => s.Prefix, StringComparer.Ordinal))
            {
                Line(text, $"sequence {sequence.Prefix} {sequence.Last}");
            }

            var lines = new List<string>();
            await foreach (var stored in content.Reports.WithCancellation(ct).ConfigureAwait(false))
            {
                var report = stored.Report;
                var items = string.Join(" | ", report.Items.Select(i =>
                    JsonSerializer.Serialize(i with { Geometry = null }, DomainJson.Options) + " " + Wkt(i.Geometry)));
                lines.Add($"report v{stored.Version} {JsonSerializer.Serialize(report with { Items = [] }, DomainJson.Options)} items {items}");
            }

            await foreach (var set in content.Effects.WithCancellation(ct).ConfigureAwait(false))
            {
                lines.Add($"effects {set.ReportId}: {string.Join(", ", set.Effects)}");
            }

            await foreach (var v in content.Versions.WithCancellation(ct).ConfigureAwait(false))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"version {v.ObjectId} {v.Kind} {v.Code} v{v.Version} {v.Change} {v.ValidFrom.UtcTicks} {v.ValidTo?.UtcTicks} {v.ChangedBy} " +
                    $"{v.ReportId} {v.ReportCode} {(v.State is null ? "-" : DomainJson.Serialize(v.State))} {Wkt(v.State?.Geometry)}"));
            }

            foreach (var line in lines.Order(StringComparer.Ordinal))
            {
                Line(text, line);
            }
        }, cancellationToken).ConfigureAwait(false);
        return text.ToString();
    }

    // The WKT, and every coordinate written with all its digits, so that the text differs when a single bit does.
    private static string Wkt(Geometry? geometry) => geometry is null
        ? "-"
        : new WKTWriter().Write(geometry) + " [" + string.Join(" ", geometry.Coordinates.Select(c =>
            c.X.ToString("R", CultureInfo.InvariantCulture) + " " + c.Y.ToString("R", CultureInfo.InvariantCulture))) + "]";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
