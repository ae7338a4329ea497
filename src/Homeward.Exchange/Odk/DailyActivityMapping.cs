using System.Text.Json.Nodes;
using Homeward.Domain;
using static Homeward.Exchange.FieldReports.ItemAttributes;

namespace Homeward.Exchange.Odk;

/// <summary>
/// A daily activity report: the activity (new, or an update of the one its code names) linked to its task, hazardous area,
/// organisation and team; a released area per entry, linked to the hazardous area and the activity; a device finding per
/// entry, linked to the activity.
/// </summary>
internal static class DailyActivityMapping
{
    public static async Task MapAsync(SubmissionContext c, CancellationToken cancellationToken)
    {
        var r = c.Root;
        var reportDate = c.Date(r, "report_date", required: true);
        var code = await c.LinkAsync(r, "activity_code", ObjectKind.Activity, required: false, cancellationToken).ConfigureAwait(false);
        var isNew = r["activity_code"] is null;
        var activity = new JsonObject();
        Set(activity, "task", await c.LinkAsync(r, "task_code", ObjectKind.ClearanceTask, false, cancellationToken).ConfigureAwait(false));
        var hazard = await c.LinkAsync(r, "hazard_code", ObjectKind.HazardousArea, r.Entries("released").Count > 0, cancellationToken).ConfigureAwait(false);
        Set(activity, "hazardousArea", hazard);
        Set(activity, "organisation", await c.LinkAsync(r, "organisation_code", ObjectKind.Organisation, isNew, cancellationToken).ConfigureAwait(false));
        Set(activity, "team", await c.LinkAsync(r, "team_code", ObjectKind.Team, false, cancellationToken).ConfigureAwait(false));
        Set(activity, "activityType", c.Choice(r, "activity_type", required: isNew));
        SetList(activity, "methods", c.Choices(r, "methods"));
        Set(activity, "startedOn", Iso(c.Date(r, "activity_started_on", required: isNew)));
        Set(activity, "status", c.Choice(r, "activity_status", required: true));
        Set(activity, "endedOn", Iso(c.Date(r, "activity_ended_on")));
        var location = c.Geometry(r, "activity_location", ObjectKind.Activity);
        c.Photo(r, "progress_photo");
        var activityRef = c.Add("activity", ObjectKind.Activity, activity, location, code);
        var n = 0;
        foreach (var e in r.Entries("released"))
        {
            n++;
            var released = new JsonObject { ["activity"] = "#" + activityRef, ["releasedOn"] = Iso(reportDate) };
            Set(released, "hazardousArea", hazard);
            Set(released, "outcome", c.Choice(e, "release_outcome", required: true));
            if (c.Integer(e, "release_depth_cm", 0, 1000) is { } depth)
            {
                released["clearanceDepthCentimetres"] = depth;
            }

            c.Add($"released-{n}", ObjectKind.ReleasedArea, released, c.Geometry(e, "release_area", ObjectKind.ReleasedArea, required: true));
        }

        n = 0;
        foreach (var e in r.Entries("devices"))
        {
            n++;
            var device = DeviceFindingMapping.Device(c, e, reportDate);
            device["activity"] = "#" + activityRef;
            c.Photo(e, "device_photo");
            c.Add($"device-{n}", ObjectKind.DeviceFinding, device, c.Geometry(e, "device_location", ObjectKind.DeviceFinding, required: true));
        }
    }
}
