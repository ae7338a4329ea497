using System.Text.Json.Nodes;
using System.Xml.Linq;
using Homeward.Domain;
using NetTopologySuite.Geometries;
using static Homeward.Exchange.FieldReports.ItemAttributes;
using static Homeward.Exchange.MaXml.MaXmlElements;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// A maXML <c>Hazard</c> (NG's land/hazard item) as one hazardous-area item: new, or an update of the stored area its
/// <c>HazardCode</c> names. Its polygons become the area's geometry; a point of type benchmark its benchmark; the
/// categories of its <c>DeviceInfo</c> entries its suspected devices.
/// </summary>
internal static class MaXmlHazardMapping
{
    /// <summary>IMSMA NG's hazard statuses (base terms) and Homeward's own, to <see cref="Domain.Objects.HazardStatus"/>.</summary>
    internal static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Active"] = "open",
        ["Open"] = "open",
        ["Worked On"] = "inProgress",
        ["In Progress"] = "inProgress",
        ["Closed"] = "closedOther",
        ["Closed Released"] = "closedReleased",
        ["Handed Over"] = "handedOver",
    };

    private static readonly Dictionary<string, string> AreaClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SHA"] = "sha",
        ["Suspected Hazardous Area"] = "sha",
        ["CHA"] = "cha",
        ["Confirmed Hazardous Area"] = "cha",
    };

    public static async Task<string?> MapAsync(MaXmlReportContext c, XElement hazard, string itemRef, CancellationToken cancellationToken)
    {
        var code = Value(hazard, "HazardCode", "Code") is { } given
            ? await c.LinkAsync(hazard, "HazardCode", given, ObjectKind.HazardousArea, cancellationToken).ConfigureAwait(false)
            : null;
        var isNew = Value(hazard, "HazardCode", "Code") is null;
        var attributes = new JsonObject();
        Set(attributes, "name", c.Text(hazard, "Name", false, "hazard_name", "HazardName"));
        Set(attributes, "areaClass", c.OneOf(hazard, "AreaClass", AreaClasses, isNew, "Classification"));
        Set(attributes, "hazardType", c.Code(hazard, "HazardType", "hazard_type", isNew, "hazardtype", "Type"));
        Set(attributes, "status", c.OneOf(hazard, "Status", Statuses, false, "hazardstatus"));
        if (c.Integer(hazard, "Priority", 1, 5) is { } priority)
        {
            attributes["priority"] = priority;
        }

        var devices = Children(hazard, "DeviceInfo").Concat(Child(hazard, "Devices") is { } list ? Children(list, "DeviceInfo") : []).ToList();
        SetList(attributes, "suspectedDeviceCategories",
            [.. devices.Select(d => c.Code(d, "Category", "device_category", true, "DeviceCategory")).OfType<string>().Distinct(StringComparer.Ordinal)]);
        var (polygons, points) = c.Shapes(hazard, ObjectKind.HazardousArea);
        var benchmark = points.FirstOrDefault(p => p.Type?.Contains("bench", StringComparison.OrdinalIgnoreCase) == true).Point ?? points.FirstOrDefault().Point;
        if (benchmark is not null)
        {
            attributes["benchmark"] = new JsonObject { ["longitude"] = benchmark.X, ["latitude"] = benchmark.Y };
        }

        Geometry? geometry = polygons.Count switch
        {
            0 => null,
            1 => polygons[0],
            _ => Geo.GeometryServices.Wgs84.CreateMultiPolygon([.. polygons]),
        };
        if (geometry is null && isNew && !c.Errors.Any(e => e.Field is "geometry" or "Point" or "Latitude" or "Longitude" or "shapeEnum" or "CoordRefSys"))
        {
            c.Error(hazard, "GeospatialInfo", null, "a new hazard needs its perimeter: a GeospatialInfo polygon.");
        }

        c.Add(itemRef, ObjectKind.HazardousArea, attributes, geometry, code);
        return code;
    }
}
