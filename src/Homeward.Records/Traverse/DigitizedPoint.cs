using Homeward.Records.Format;
using Homeward.Records.Uncertainty;

namespace Homeward.Records.Traverse;

/// <summary>A computed point of a record (a reference, turning, row marker or mine), in the plane, in WGS 84 and in UTM.</summary>
/// <param name="Id">The point's id; mines are <c>ROW.n</c> (for example <c>A.1</c>), row ends given by bearing are <c>ROW.end</c>.</param>
/// <param name="Type">Its role.</param>
/// <param name="PlaneEast">Easting in the computation plane after adjustment, in metres (Gauss–Krüger eastings carry the zone prefix).</param>
/// <param name="PlaneNorth">Northing in the plane after adjustment.</param>
/// <param name="RawPlaneEast">Easting in the plane as the legs put it, before the Bowditch adjustment.</param>
/// <param name="RawPlaneNorth">Northing before adjustment.</param>
/// <param name="Longitude">WGS 84 longitude in degrees (EPSG:4326, X).</param>
/// <param name="Latitude">WGS 84 latitude in degrees (Y).</param>
/// <param name="UtmEast">Easting in the output UTM zone, metres.</param>
/// <param name="UtmNorth">Northing in the output UTM zone, metres.</param>
/// <param name="Uncertainty">Its radial error and the parts of it.</param>
public sealed record DigitizedPoint(
    string Id,
    RecordPointType Type,
    double PlaneEast,
    double PlaneNorth,
    double RawPlaneEast,
    double RawPlaneNorth,
    double Longitude,
    double Latitude,
    double UtmEast,
    double UtmNorth,
    PointUncertainty Uncertainty);
