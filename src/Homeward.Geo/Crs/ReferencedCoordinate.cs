using System.Globalization;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Crs;

/// <summary>
/// A position together with the coordinate reference system it is expressed in, as read from a form or a legacy record.
/// X is the longitude or easting and Y the latitude or northing (NetTopologySuite's order, whatever the EPSG axis order),
/// in degrees for a geographic CRS and metres for a projected one; Gauss–Krüger eastings include the zone prefix.
/// </summary>
/// <remarks>
/// Convert it with <see cref="CoordinateTransformer.ToWgs84"/> or <see cref="CoordinateTransformer.Transform(ReferencedCoordinate, int)"/>.
/// <c>default</c> has no CRS and is not a valid position.
/// </remarks>
public readonly record struct ReferencedCoordinate
{
    /// <summary>Creates a position in a CRS.</summary>
    /// <param name="crs">The coordinate reference system.</param>
    /// <param name="x">Longitude in degrees or easting in metres.</param>
    /// <param name="y">Latitude in degrees or northing in metres.</param>
    /// <exception cref="ArgumentNullException"><paramref name="crs"/> is null.</exception>
    public ReferencedCoordinate(CoordinateReferenceSystem crs, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(crs);
        Crs = crs;
        X = x;
        Y = y;
    }

    /// <summary>The coordinate reference system; <see langword="null"/> only for <c>default</c>.</summary>
    public CoordinateReferenceSystem? Crs { get; }

    /// <summary>The EPSG code of <see cref="Crs"/>, or 0 for <c>default</c>.</summary>
    public int Srid => Crs?.Srid ?? 0;

    /// <summary>Longitude in degrees or easting in metres.</summary>
    public double X { get; }

    /// <summary>Latitude in degrees or northing in metres.</summary>
    public double Y { get; }

    /// <summary>The position as a NetTopologySuite coordinate (its SRID is <see cref="Srid"/>, held by the geometry you build).</summary>
    /// <returns>A new coordinate with X and Y.</returns>
    public Coordinate ToCoordinate() => new(X, Y);

    /// <summary>The position as <c>EPSG:28408 (8664944.000 4430293.000)</c>: X then Y, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Crs is { IsGeographic: true }
        ? string.Create(CultureInfo.InvariantCulture, $"EPSG:{Srid} ({X:0.#########} {Y:0.#########})")
        : string.Create(CultureInfo.InvariantCulture, $"EPSG:{Srid} ({X:0.000} {Y:0.000})");
}
