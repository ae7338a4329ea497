using System.Text.Json;
using Homeward.Domain;

namespace Homeward.Cli.Rendering;

/// <summary>The fields of one version of an object, to say which changed from the version before.</summary>
internal sealed class ObjectVersionDiff
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly string? _geometryWkt;

    public ObjectVersionDiff(DomainObject? state)
    {
        if (state is null)
        {
            return;
        }

        using var document = JsonDocument.Parse(DomainJson.Serialize(state));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            _fields[property.Name] = property.Value.GetRawText();
        }

        _geometryWkt = state.Geometry?.AsText();
    }

    public IEnumerable<string> ChangedFrom(ObjectVersionDiff previous)
    {
        foreach (var name in _fields.Keys.Union(previous._fields.Keys).Order(StringComparer.Ordinal))
        {
            if (_fields.GetValueOrDefault(name) != previous._fields.GetValueOrDefault(name))
            {
                yield return name;
            }
        }

        if (!string.Equals(_geometryWkt, previous._geometryWkt, StringComparison.Ordinal))
        {
            yield return "geometry";
        }
    }
}
