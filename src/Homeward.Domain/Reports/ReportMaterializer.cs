using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Reports;

/// <summary>
/// Turns the items of a report into the objects approval would store: decides which object each item creates or
/// updates, resolves references written as codes or item references, merges updates onto the current state and
/// computes derived fields (areas in m², the district).
/// </summary>
internal sealed class ReportMaterializer(IHomewardStore store, IMetricMeasure measure)
{
    private readonly Dictionary<Guid, AdministrativeArea?> _districtCache = [];

    public async Task<(List<PlannedChange> Planned, List<InvariantViolation> Violations)> PlanAsync(
        FieldReport report, IReadOnlyDictionary<string, ReconcileDecision> decisions, CancellationToken cancellationToken)
    {
        var violations = new List<InvariantViolation>();
        var targets = new Dictionary<string, StoredObject?>(StringComparer.Ordinal);
        var ids = new Dictionary<string, (Guid Id, ObjectKind Kind)>(StringComparer.Ordinal);
        foreach (var item in report.Items)
        {
            var record = RecordName(report, item, null);
            var target = await FindTargetAsync(item, decisions, record, violations, cancellationToken).ConfigureAwait(false);
            targets[item.ItemRef] = target;
            ids[item.ItemRef] = (target?.State.Id ?? DeterministicId(report.Id, item.ItemRef), item.Kind);
        }

        var planned = new List<PlannedChange>();
        foreach (var item in report.Items)
        {
            var target = targets[item.ItemRef];
            var record = RecordName(report, item, target?.State.Code);
            var state = await BuildStateAsync(report, item, target, ids[item.ItemRef].Id, ids, record, violations, cancellationToken)
                .ConfigureAwait(false);
            if (state is not null)
            {
                planned.Add(new PlannedChange(item, target, state));
            }
        }

        return (planned, violations);
    }

    public static string RecordName(FieldReport report, FieldReportItem item, string? code) =>
        string.IsNullOrEmpty(code) ? $"{report.Code} item '{item.ItemRef}'" : $"{report.Code} item '{item.ItemRef}' ({code})";

    /// <summary>The district an object belongs to, for its code: its own, or that of its hazardous area or settlement.</summary>
    public async Task<AdministrativeArea?> DistrictOfAsync(DomainObject state, IReadOnlyDictionary<Guid, DomainObject> planned,
        CancellationToken cancellationToken)
    {
        var districtId = state switch
        {
            HazardousArea h => h.AdministrativeAreaId,
            Settlement s => s.AdministrativeAreaId,
            RiskEducationSession r => r.AdministrativeAreaId,
            ReleasedArea r => await HazardDistrictAsync(r.HazardousAreaId).ConfigureAwait(false),
            Activity { HazardousAreaId: { } h } => await HazardDistrictAsync(h).ConfigureAwait(false),
            Evidence e => await HazardDistrictAsync(e.HazardousAreaId).ConfigureAwait(false),
            Asset a => await SettlementDistrictAsync(a.SettlementId).ConfigureAwait(false),
            ReconstructionProject { SettlementId: { } s } => await SettlementDistrictAsync(s).ConfigureAwait(false),
            _ => null,
        };
        return districtId is { } id ? await GetDistrictAsync(id, cancellationToken).ConfigureAwait(false) : null;

        async Task<Guid?> HazardDistrictAsync(Guid hazardId)
        {
            if (planned.TryGetValue(hazardId, out var p))
            {
                return (p as HazardousArea)?.AdministrativeAreaId;
            }

            var stored = await store.GetAsync(hazardId, null, cancellationToken).ConfigureAwait(false);
            return (stored?.State as HazardousArea)?.AdministrativeAreaId;
        }

        async Task<Guid?> SettlementDistrictAsync(Guid settlementId)
        {
            if (planned.TryGetValue(settlementId, out var p))
            {
                return (p as Settlement)?.AdministrativeAreaId;
            }

            var stored = await store.GetAsync(settlementId, null, cancellationToken).ConfigureAwait(false);
            return (stored?.State as Settlement)?.AdministrativeAreaId;
        }
    }

    private async Task<AdministrativeArea?> GetDistrictAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_districtCache.TryGetValue(id, out var area))
        {
            area = (await store.GetAsync(id, null, cancellationToken).ConfigureAwait(false))?.State as AdministrativeArea;
            _districtCache[id] = area;
        }

        return area;
    }

    private async Task<StoredObject?> FindTargetAsync(FieldReportItem item, IReadOnlyDictionary<string, ReconcileDecision> decisions,
        string record, List<InvariantViolation> violations, CancellationToken cancellationToken)
    {
        string? code;
        if (decisions.TryGetValue(item.ItemRef, out var decision))
        {
            if (decision.Action == ReconcileAction.Create)
            {
                return null;
            }

            code = decision.TargetCode;
        }
        else
        {
            code = item.TargetCode ?? CodeAttribute(item);
        }

        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var target = await store.FindByCodeAsync(code, null, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            if (decision is not null)
            {
                violations.Add(new InvariantViolation(record, "code", null, $"the reviewer chose to update {code}, but no object has that code."));
            }

            return null;
        }

        if (target.State.Kind != item.Kind)
        {
            violations.Add(new InvariantViolation(record, "code", null,
                $"{code} is a {ObjectKindInfo.Of(target.State.Kind).JsonName}, but the item is a {ObjectKindInfo.Of(item.Kind).JsonName}."));
            return null;
        }

        return target;
    }

    private static string? CodeAttribute(FieldReportItem item) =>
        JsonNode.Parse(item.AttributesJson) is JsonObject o && o["code"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private async Task<DomainObject?> BuildStateAsync(FieldReport report, FieldReportItem item, StoredObject? target, Guid id,
        Dictionary<string, (Guid Id, ObjectKind Kind)> ids, string record, List<InvariantViolation> violations,
        CancellationToken cancellationToken)
    {
        var schema = ObjectSchema.Of(item.Kind);
        var node = target is null ? [] : JsonNode.Parse(DomainJson.Serialize(target.State))!.AsObject();
        if (JsonNode.Parse(item.AttributesJson) is not JsonObject attributes)
        {
            violations.Add(new InvariantViolation(record, "properties", null, "the attributes are not a JSON object."));
            return null;
        }

        var before = violations.Count;
        foreach (var (key, value) in attributes)
        {
            if (key is "code" or "id" or "kind")
            {
                continue;
            }

            var property = schema.Properties.FirstOrDefault(p => p.ReferenceAlias == key)
                ?? schema.Properties.FirstOrDefault(p => p.JsonName == key);
            if (property is null)
            {
                violations.Add(new InvariantViolation(record, key, null,
                    $"a {schema.Info.JsonName} has no field '{key}'; its fields are {string.Join(", ", schema.Properties.Select(p => p.ReferenceAlias ?? p.JsonName))}."));
                continue;
            }

            if (property.IsReference)
            {
                node[property.JsonName] = await ResolveReferencesAsync(property, value, ids, record, key, violations, cancellationToken)
                    .ConfigureAwait(false);
            }
            else if (property.ValueType.IsEnum && value is JsonValue ev && ev.TryGetValue<string>(out var text)
                && !Enum.GetNames(property.ValueType).Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)))
            {
                violations.Add(new InvariantViolation(record, key, null,
                    $"'{text}' is not one of {string.Join(", ", Enum.GetNames(property.ValueType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}."));
            }
            else
            {
                node[property.JsonName] = value is JsonValue ev2 && property.ValueType.IsEnum && ev2.TryGetValue<string>(out var enumText)
                    ? JsonValue.Create(CamelEnum(property.ValueType, enumText))
                    : value?.DeepClone();
            }
        }

        if (target is null)
        {
            foreach (var missing in schema.Properties.Where(p => p.IsRequired && p.JsonName is not ("id" or "code") && !node.ContainsKey(p.JsonName)))
            {
                violations.Add(new InvariantViolation(record, missing.ReferenceAlias ?? missing.JsonName, null, "this field is required."));
            }
        }

        if (violations.Count > before)
        {
            return null;
        }

        node["id"] = id.ToString();
        node["code"] = target?.State.Code ?? CodeAttribute(item) ?? string.Empty;
        if (report.IsSynthetic)
        {
            node["isSynthetic"] = true;
        }

        DomainObject state;
        try
        {
            state = DomainJson.Deserialize(item.Kind, node.ToJsonString());
        }
        catch (JsonException ex)
        {
            violations.Add(new InvariantViolation(record, ex.Path?.TrimStart('$', '.') ?? "properties", null,
                $"the value is not accepted: {ex.Message.Split(" Path:", 2)[0]}"));
            return null;
        }

        var geometry = item.Geometry ?? target?.State.Geometry;
        state = state with { Geometry = geometry };
        return await WithDerivedAsync(state, cancellationToken).ConfigureAwait(false);
    }

    private static string CamelEnum(Type enumType, string text)
    {
        var name = Enum.GetNames(enumType).First(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private async Task<JsonNode?> ResolveReferencesAsync(ObjectProperty property, JsonNode? value,
        Dictionary<string, (Guid Id, ObjectKind Kind)> ids, string record, string field, List<InvariantViolation> violations,
        CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return null;
        }

        if (property.IsList)
        {
            if (value is not JsonArray array)
            {
                violations.Add(new InvariantViolation(record, field, null, "a list of codes or item references is expected."));
                return null;
            }

            var resolved = new JsonArray();
            foreach (var element in array)
            {
                resolved.Add(await ResolveOneAsync(element).ConfigureAwait(false));
            }

            return resolved;
        }

        return await ResolveOneAsync(value).ConfigureAwait(false);

        async Task<JsonNode?> ResolveOneAsync(JsonNode? element)
        {
            if (element is not JsonValue v || !v.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
            {
                violations.Add(new InvariantViolation(record, field, null, "a code, an item reference (#item) or an identity is expected."));
                return null;
            }

            Guid id;
            ObjectKind kind;
            if (text.StartsWith('#'))
            {
                if (!ids.TryGetValue(text[1..], out var entry))
                {
                    violations.Add(new InvariantViolation(record, field, null, $"this report has no item '{text[1..]}'."));
                    return null;
                }

                (id, kind) = entry;
            }
            else
            {
                var stored = Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid)
                    ? await store.GetAsync(guid, null, cancellationToken).ConfigureAwait(false)
                    : await store.FindByCodeAsync(text, null, cancellationToken).ConfigureAwait(false);
                if (stored is null)
                {
                    violations.Add(new InvariantViolation(record, field, null, $"no object has the code or identity '{text}'."));
                    return null;
                }

                (id, kind) = (stored.State.Id, stored.State.Kind);
            }

            if (property.ReferencedKind is { } expected && expected != kind)
            {
                violations.Add(new InvariantViolation(record, field, null,
                    $"'{text}' is a {ObjectKindInfo.Of(kind).JsonName}, but {field} refers to a {ObjectKindInfo.Of(expected).JsonName}."));
                return null;
            }

            return JsonValue.Create(id.ToString());
        }
    }

    private async Task<DomainObject> WithDerivedAsync(DomainObject state, CancellationToken cancellationToken)
    {
        var geometry = state.Geometry;
        if (geometry is null || geometry.IsEmpty || !geometry.IsValid)
        {
            return state;
        }

        switch (state)
        {
            case HazardousArea h:
                return h with
                {
                    AreaSquareMetres = measure.AreaSquareMetres(geometry),
                    AdministrativeAreaId = h.AdministrativeAreaId ?? await LocateAsync(geometry, cancellationToken).ConfigureAwait(false),
                };
            case ReleasedArea r:
                return r with { AreaSquareMetres = measure.AreaSquareMetres(geometry) };
            case Settlement s when s.AdministrativeAreaId is null:
                return s with { AdministrativeAreaId = await LocateAsync(geometry, cancellationToken).ConfigureAwait(false) };
            case RiskEducationSession r when r.AdministrativeAreaId is null:
                return r with { AdministrativeAreaId = await LocateAsync(geometry, cancellationToken).ConfigureAwait(false) };
            default:
                return state;
        }
    }

    /// <summary>The most detailed administrative area that contains a point of the geometry.</summary>
    private async Task<Guid?> LocateAsync(Geometry geometry, CancellationToken cancellationToken)
    {
        var point = geometry is Point p ? p : geometry.InteriorPoint;
        var candidates = await store.QueryEnvelopeAsync(ObjectKind.AdministrativeArea, point.EnvelopeInternal, cancellationToken)
            .ConfigureAwait(false);
        return candidates
            .Select(c => c.State)
            .OfType<AdministrativeArea>()
            .Where(a => a.Geometry is not null && a.Geometry.Covers(point))
            .OrderByDescending(a => a.Level)
            .FirstOrDefault()?.Id;
    }

    /// <summary>
    /// The identity of an object a report creates, derived from the report and item so that planning the same
    /// report twice gives the same identities.
    /// </summary>
    private static Guid DeterministicId(Guid reportId, string itemRef)
    {
        Span<byte> bytes = stackalloc byte[16];
        reportId.TryWriteBytes(bytes);
        var hash = System.Security.Cryptography.SHA256.HashData(
            [.. bytes, .. System.Text.Encoding.UTF8.GetBytes(itemRef)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, as RFC 9562 allows for name-based identities.
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
