using ProjNet.CoordinateSystems.Transformations;

namespace Homeward.Geo.Crs;

/// <summary>
/// The steps from one CRS to another: inverse projection to the source's geographic CRS, datum shift, projection. Any step
/// may be absent. X is longitude or easting, Y latitude or northing, throughout. Not thread-safe (ProjNET transforms).
/// </summary>
internal sealed class TransformPipeline(MathTransform? unproject, HelmertShift? shift, bool shiftForward, MathTransform? project)
{
    public void Transform(ref double x, ref double y)
    {
        unproject?.Transform(ref x, ref y);
        if (shift is not null)
        {
            if (shiftForward)
            {
                shift.Forward(ref x, ref y);
            }
            else
            {
                shift.Inverse(ref x, ref y);
            }
        }

        project?.Transform(ref x, ref y);
    }

    public void Transform(Span<double> xs, Span<double> ys)
    {
        if (xs.IsEmpty)
        {
            return;
        }

        unproject?.Transform(xs, ys);
        if (shift is not null)
        {
            for (var i = 0; i < xs.Length; i++)
            {
                if (shiftForward)
                {
                    shift.Forward(ref xs[i], ref ys[i]);
                }
                else
                {
                    shift.Inverse(ref xs[i], ref ys[i]);
                }
            }
        }

        project?.Transform(xs, ys);
    }
}
