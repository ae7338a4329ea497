using System.Globalization;

namespace Homeward.Domain;

/// <summary>A position in WGS 84 (EPSG:4326) decimal degrees.</summary>
/// <param name="Longitude">Longitude in degrees east, −180 to 180 (the X axis).</param>
/// <param name="Latitude">Latitude in degrees north, −90 to 90 (the Y axis).</param>
public readonly record struct LonLat(double Longitude, double Latitude)
{
    /// <summary>The position as <c>(lon lat)</c> with 6 decimals, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Longitude:0.######} {Latitude:0.######})");
}
