using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Objects;
using static Homeward.Exchange.FieldReports.ItemAttributes;

namespace Homeward.Exchange.Odk;

/// <summary>
/// A device finding: the device, linked to the activity that found it; and, when it names a hazardous area, an update of
/// that area adding the device's category to its confirmed categories (the find confirms the hazard).
/// </summary>
internal static class DeviceFindingMapping
{
    public static async Task MapAsync(SubmissionContext c, IReadOnlyList<string> confirmedBefore, CancellationToken cancellationToken)
    {
        var r = c.Root;
        var hazard = await c.LinkAsync(r, "hazard_code", ObjectKind.HazardousArea, false, cancellationToken).ConfigureAwait(false);
        var activity = await c.LinkAsync(r, "activity_code", ObjectKind.Activity, false, cancellationToken).ConfigureAwait(false);
        var device = Device(c, r, c.Date(r, "found_on", required: true));
        Set(device, "activity", activity);
        c.Photo(r, "device_photo");
        c.Add("device", ObjectKind.DeviceFinding, device, c.Geometry(r, "device_location", ObjectKind.DeviceFinding, required: true));
        if (hazard is not null && device["category"]?.GetValue<string>() is { } category && !confirmedBefore.Contains(category))
        {
            var update = new JsonObject();
            SetList(update, "confirmedDeviceCategories", [.. confirmedBefore, category]);
            c.Add("hazard", ObjectKind.HazardousArea, update, null, hazard);
        }
    }

    /// <summary>The confirmed device categories of a stored hazardous area, to add to.</summary>
    public static async Task<IReadOnlyList<string>> ConfirmedAsync(Domain.Storage.IHomewardStore store, string? code, CancellationToken cancellationToken) =>
        code is null ? [] : (await store.FindByCodeAsync(code, null, cancellationToken).ConfigureAwait(false))?.State is HazardousArea h
            ? h.ConfirmedDeviceCategories : [];

    internal static JsonObject Device(SubmissionContext c, Odk.SubmissionRecord e, DateOnly? foundOn)
    {
        var device = new JsonObject();
        Set(device, "foundOn", Iso(foundOn));
        Set(device, "category", c.Choice(e, "device_category", required: true));
        Set(device, "model", c.Text(e, "device_model"));
        if (c.Integer(e, "device_quantity", 1, 100_000) is { } quantity)
        {
            device["quantity"] = quantity;
        }

        Set(device, "condition", c.Choice(e, "device_condition"));
        if (c.Integer(e, "device_depth_cm", 0, 10_000) is { } depth)
        {
            device["depthCentimetres"] = depth;
        }

        Set(device, "disposal", c.Choice(e, "device_disposal"));
        return device;
    }
}
