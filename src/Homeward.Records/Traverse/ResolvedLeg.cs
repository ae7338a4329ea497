using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>A leg reduced to the computation plane: grid azimuth and distance in metres, with their 1σ errors.</summary>
/// <param name="Source">The leg as the record gives it.</param>
/// <param name="GridAzimuthRadians">The grid azimuth, clockwise from grid north.</param>
/// <param name="DistanceMetres">The distance in metres.</param>
/// <param name="SigmaAzimuthRadians">The bearing error.</param>
/// <param name="SigmaDistanceMetres">The distance error.</param>
/// <param name="IsMagnetic">Whether the bearing was magnetic, so that the declination's error turns it.</param>
/// <param name="IsPaced">Whether the distance was paced.</param>
internal sealed record ResolvedLeg(
    RecordLeg Source,
    double GridAzimuthRadians,
    double DistanceMetres,
    double SigmaAzimuthRadians,
    double SigmaDistanceMetres,
    bool IsMagnetic,
    bool IsPaced)
{
    public double DeltaEast => DistanceMetres * Math.Sin(GridAzimuthRadians);

    public double DeltaNorth => DistanceMetres * Math.Cos(GridAzimuthRadians);

    /// <summary>The leg's covariance in (E, N): J diag(σd², σα²) Jᵀ with J = [[sin α, d cos α], [cos α, −d sin α]].</summary>
    public Covariance Covariance
    {
        get
        {
            var (s, c) = (Math.Sin(GridAzimuthRadians), Math.Cos(GridAzimuthRadians));
            var vd = SigmaDistanceMetres * SigmaDistanceMetres;
            var va = SigmaAzimuthRadians * SigmaAzimuthRadians * DistanceMetres * DistanceMetres;
            return new Covariance(vd * s * s + va * c * c, vd * s * c - va * s * c, vd * c * c + va * s * s);
        }
    }

    /// <summary>The same leg shortened or lengthened, with its errors scaled to the new length.</summary>
    public ResolvedLeg WithDistance(double metres) => this with
    {
        DistanceMetres = metres,
        SigmaDistanceMetres = DistanceMetres > 0 ? SigmaDistanceMetres * metres / DistanceMetres : SigmaDistanceMetres,
    };
}
