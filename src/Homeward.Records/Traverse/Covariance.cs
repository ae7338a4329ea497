namespace Homeward.Records.Traverse;

/// <summary>A 2 × 2 covariance of (E, N) in square metres.</summary>
internal readonly record struct Covariance(double EastEast, double EastNorth, double NorthNorth)
{
    public double Trace => EastEast + NorthNorth;

    public static Covariance operator +(Covariance a, Covariance b) =>
        new(a.EastEast + b.EastEast, a.EastNorth + b.EastNorth, a.NorthNorth + b.NorthNorth);

    public static Covariance Add(Covariance a, Covariance b) => a + b;
}
