namespace Homeward.Geo.Overlay;

/// <summary>A set of hazards (ascending engine indexes), compared by content: many assets share the same blocking hazards.</summary>
internal sealed class HazardSetKey(int[] hazards) : IEquatable<HazardSetKey>
{
    public int[] Hazards { get; } = hazards;

    public bool Equals(HazardSetKey? other) => other is not null && Hazards.AsSpan().SequenceEqual(other.Hazards);

    public override bool Equals(object? obj) => Equals(obj as HazardSetKey);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var h in Hazards)
        {
            hash.Add(h);
        }

        return hash.ToHashCode();
    }
}
