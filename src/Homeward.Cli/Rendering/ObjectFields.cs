using System.Collections;
using System.Globalization;
using System.Text.Json;
using Homeward.Domain;
using Homeward.Domain.Storage;

namespace Homeward.Cli.Rendering;

/// <summary>The fields of an object as text for people, with references shown as the referenced objects' codes.</summary>
internal static class ObjectFields
{
    public static async Task<IReadOnlyList<(string Field, string Value)>> DescribeAsync(IHomewardStore store, DomainObject state,
        DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        foreach (var property in ObjectSchema.Of(state.Kind).Properties)
        {
            var value = property.GetValue(state);
            if (value is null || (value is System.Collections.ICollection { Count: 0 }))
            {
                continue;
            }

            string text;
            if (property.IsReference)
            {
                var ids = value is IEnumerable<Guid> many ? many : [(Guid)value];
                var codes = new List<string>();
                foreach (var id in ids)
                {
                    codes.Add((await store.GetAsync(id, asOf, cancellationToken))?.State.Code ?? id.ToString());
                }

                text = string.Join(", ", codes);
            }
            else
            {
                text = value switch
                {
                    string s => s,
                    Enum e => char.ToLowerInvariant(e.ToString()[0]) + e.ToString()[1..],
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    double x => x.ToString("N1", CultureInfo.CurrentCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    IEnumerable and not string => JsonSerializer.Serialize(value, DomainJson.Options),
                    _ => JsonSerializer.Serialize(value, value.GetType(), DomainJson.Options),
                };
            }

            rows.Add((property.ReferenceAlias ?? property.JsonName, text));
        }

        return rows;
    }
}
