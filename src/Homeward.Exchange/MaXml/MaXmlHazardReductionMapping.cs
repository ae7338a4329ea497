using System.Text.Json.Nodes;
using System.Xml.Linq;
using Homeward.Domain;
using static Homeward.Exchange.FieldReports.ItemAttributes;
using static Homeward.Exchange.MaXml.MaXmlElements;

namespace Homeward.Exchange.MaXml;

/// <summary>
/// A maXML <c>HazardReduction</c> (NG's activity on a hazard) as an activity item linked to its hazardous area and
/// organisation; a released-area item per polygon (the land the activity cancelled, reduced or cleared), linked to the
/// activity and the area; a device-finding item per <c>DeviceInfo</c> entry, linked to the activity.
/// </summary>
internal static class MaXmlHazardReductionMapping
{
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Planned"] = "planned",
        ["Ongoing"] = "ongoing",
        ["Completed"] = "completed",
        ["Suspended"] = "suspended",
        ["Aborted"] = "aborted",
    };

    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cancelled"] = "cancelled",
        ["Canceled"] = "cancelled",
        ["Reduced"] = "reduced",
        ["Cleared"] = "cleared",
    };

    /// <summary>Maps the hazard reduction; <paramref name="hazard"/> is the item reference (<c>#...</c>) or code of its hazardous area.</summary>
    public static async Task MapAsync(MaXmlReportContext c, XElement reduction, string itemRef, string? hazard, string? reportingOrg,
        DateOnly? reportingDate, CancellationToken cancellationToken)
    {
        var activity = new JsonObject();
        Set(activity, "hazardousArea", hazard);
        var organisation = Value(reduction, "Organisation", "OrganisationCode", "Organization") ?? reportingOrg;
        if (organisation is null)
        {
            c.Error(reduction, "Organisation", null, "a value is required: the Homeward code of the organisation that did the work (ORG-...).");
        }
        else
        {
            Set(activity, "organisation", await c.LinkAsync(reduction, "Organisation", organisation, ObjectKind.Organisation, cancellationToken)
                .ConfigureAwait(false));
        }

        var type = c.Code(reduction, "ActivityType", "activity_type", true, "Type", "hazreductype");
        Set(activity, "activityType", type);
        SetList(activity, "methods", c.Codes(Child(reduction, "Methods") ?? reduction, "Method", "method"));
        var started = c.Date(reduction, "StartDate", true, "DateStart", "StartedOn");
        var ended = c.Date(reduction, "EndDate", false, "DateEnd", "EndedOn");
        if (started is { } s && ended is { } e && e < s)
        {
            c.Error(reduction, "EndDate", Iso(e), $"the activity ends before it starts ({Iso(s)}).");
        }

        Set(activity, "startedOn", Iso(started));
        Set(activity, "endedOn", Iso(ended));
        Set(activity, "status", c.OneOf(reduction, "Status", Statuses, true, "hazreducstatus"));
        var (polygons, points) = c.Shapes(reduction, ObjectKind.ReleasedArea);
        c.Add(itemRef + ".activity", ObjectKind.Activity, activity, points.FirstOrDefault().Point);

        var outcome = c.OneOf(reduction, "Outcome", Outcomes, false, "Result", "LandReleaseOutcome") ?? type switch
        {
            "nts" => "cancelled",
            "ts" => "reduced",
            "clearance" or "bac" => "cleared",
            _ => null,
        };
        var releasedOn = ended ?? reportingDate;
        var depth = c.Integer(reduction, "ClearanceDepthCm", 0, 1000, "Depth", "ClearanceDepth");
        var n = 0;
        foreach (var polygon in polygons)
        {
            n++;
            if (outcome is null && type is not null)
            {
                c.Error(reduction, "Outcome", null, $"a {type} activity with an area needs Outcome: cancelled, reduced or cleared.");
            }

            if (releasedOn is null)
            {
                c.Error(reduction, "EndDate", null, "the released land needs a date: EndDate, or the report's ReportingDate.");
            }

            var released = new JsonObject { ["activity"] = "#" + itemRef + ".activity" };
            Set(released, "hazardousArea", hazard);
            Set(released, "outcome", outcome);
            Set(released, "releasedOn", Iso(releasedOn));
            if (depth is { } d && outcome == "cleared")
            {
                released["clearanceDepthCentimetres"] = d;
            }

            c.Add($"{itemRef}.released-{n}", ObjectKind.ReleasedArea, released, polygon);
        }

        n = 0;
        foreach (var info in Children(reduction, "DeviceInfo").Concat(Child(reduction, "Devices") is { } list ? Children(list, "DeviceInfo") : []))
        {
            n++;
            var device = new JsonObject { ["activity"] = "#" + itemRef + ".activity" };
            Set(device, "foundOn", Iso(c.Date(info, "FoundDate", false, "Date") ?? ended ?? started));
            Set(device, "category", c.Code(info, "Category", "device_category", true, "DeviceCategory"));
            Set(device, "model", c.Text(info, "Model", false, "OrdnanceModel"));
            if (c.Integer(info, "Quantity", 1, 100_000, "qty") is { } quantity)
            {
                device["quantity"] = quantity;
            }

            Set(device, "condition", c.Code(info, "Condition", "device_condition"));
            if (c.Integer(info, "DepthCm", 0, 10_000, "Depth") is { } deviceDepth)
            {
                device["depthCentimetres"] = deviceDepth;
            }

            Set(device, "disposal", c.Code(info, "Disposal", "disposal", false, "DisposalMethod"));
            var location = Child(info, "Point") ?? info;
            var coordinate = c.Coordinate(location);
            var point = coordinate is null ? null : Geo.GeometryServices.Wgs84.CreatePoint(coordinate);
            c.Add($"{itemRef}.device-{n}", ObjectKind.DeviceFinding, device, point);
        }
    }
}
