namespace Homeward.Domain.Summary;

/// <summary>The hazardous areas still to be released in one district.</summary>
/// <param name="DistrictCode">The district's short code (<c>AGD</c>), or <c>—</c> for areas outside every district.</param>
/// <param name="DistrictName">The district's English name.</param>
/// <param name="SuspectedCount">Open or in-progress suspected hazardous areas (SHA).</param>
/// <param name="ConfirmedCount">Open or in-progress confirmed hazardous areas (CHA).</param>
/// <param name="SuspectedRemainingSquareMetres">Square metres of those SHAs not yet released.</param>
/// <param name="ConfirmedRemainingSquareMetres">Square metres of those CHAs not yet released.</param>
public sealed record DistrictHazards(
    string DistrictCode,
    string DistrictName,
    int SuspectedCount,
    int ConfirmedCount,
    double SuspectedRemainingSquareMetres,
    double ConfirmedRemainingSquareMetres)
{
    /// <summary>Square metres not yet released, SHA and CHA together.</summary>
    public double RemainingSquareMetres => SuspectedRemainingSquareMetres + ConfirmedRemainingSquareMetres;
}
