using Homeward.Domain.Objects;
using Homeward.Domain.Storage;

namespace Homeward.Domain.Summary;

/// <summary>Computes the <see cref="NationalSummary"/> from the objects of a store, as they are or as they were.</summary>
public static class NationalSummaryCalculator
{
    /// <summary>The summary of <paramref name="store"/>.</summary>
    /// <param name="store">The database.</param>
    /// <param name="asOf">The instant (UTC) to describe, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The summary.</returns>
    public static async Task<NationalSummary> ComputeAsync(IHomewardStore store, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var dataVersion = await store.GetDataVersionAsync(cancellationToken).ConfigureAwait(false);
        var codes = await store.GetCodeTablesAsync(cancellationToken).ConfigureAwait(false);
        var synthetic = false;

        var districts = new Dictionary<Guid, AdministrativeArea>();
        await foreach (var s in store.ListAsync(ObjectKind.AdministrativeArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            districts[s.State.Id] = (AdministrativeArea)s.State;
        }

        var releasedByHazard = new Dictionary<Guid, double>();
        var released = new Dictionary<(int, ReleaseOutcome), (int Count, double Area)>();
        await foreach (var s in store.ListAsync(ObjectKind.ReleasedArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var r = (ReleasedArea)s.State;
            synthetic |= r.IsSynthetic;
            releasedByHazard[r.HazardousAreaId] = releasedByHazard.GetValueOrDefault(r.HazardousAreaId) + r.AreaSquareMetres;
            var key = (r.ReleasedOn.Year, r.Outcome);
            var (count, area) = released.GetValueOrDefault(key);
            released[key] = (count + 1, area + r.AreaSquareMetres);
        }

        var recorded = 0;
        var rows = new Dictionary<string, (string Name, int Sha, int Cha, double ShaM2, double ChaM2)>(StringComparer.Ordinal);
        await foreach (var s in store.ListAsync(ObjectKind.HazardousArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var h = (HazardousArea)s.State;
            synthetic |= h.IsSynthetic;
            recorded++;
            if (h.Status is not (HazardStatus.Open or HazardStatus.InProgress))
            {
                continue;
            }

            var district = h.AdministrativeAreaId is { } id && districts.TryGetValue(id, out var d) ? d : null;
            var key = district?.ShortCode ?? "—";
            var row = rows.GetValueOrDefault(key, (district?.Name.En ?? "outside every district", 0, 0, 0, 0));
            var remaining = Math.Max(0, h.AreaSquareMetres - releasedByHazard.GetValueOrDefault(h.Id));
            rows[key] = h.AreaClass == AreaClass.Sha
                ? row with { Sha = row.Sha + 1, ShaM2 = row.ShaM2 + remaining }
                : row with { Cha = row.Cha + 1, ChaM2 = row.ChaM2 + remaining };
        }

        var devices = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var s in store.ListAsync(ObjectKind.DeviceFinding, asOf, cancellationToken).ConfigureAwait(false))
        {
            var f = (DeviceFinding)s.State;
            synthetic |= f.IsSynthetic;
            devices[f.Category] = devices.GetValueOrDefault(f.Category) + f.Quantity;
        }

        return new NationalSummary(
            asOf,
            dataVersion,
            synthetic,
            recorded,
            [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new DistrictHazards(r.Key, r.Value.Name, r.Value.Sha, r.Value.Cha, r.Value.ShaM2, r.Value.ChaM2))],
            [.. released.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2).Select(r => new ReleasedByYear(r.Key.Item1, r.Key.Item2, r.Value.Count, r.Value.Area))],
            [.. devices.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => new DevicesByCategory(d.Key, codes.LabelOf("device_category", d.Key)?.En ?? d.Key, d.Value))]);
    }
}
