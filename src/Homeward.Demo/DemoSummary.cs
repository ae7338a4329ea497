namespace Homeward.Demo;

/// <summary>What a demo build stored. Areas are in m², computed in the deployment's projected CRS as approval computes them.</summary>
/// <param name="Reports">The field reports approved.</param>
/// <param name="AdministrativeAreas">The districts and cities (real data).</param>
/// <param name="Settlements">The settlements (real data).</param>
/// <param name="Organisations">The synthetic organisations: the national authority and the operators.</param>
/// <param name="Teams">The synthetic teams.</param>
/// <param name="HazardousAreas">The synthetic hazardous areas.</param>
/// <param name="HazardousAreasClosed">Those of them released in full (status <c>closedReleased</c>).</param>
/// <param name="Activities">The synthetic activities.</param>
/// <param name="ReleasedAreas">The synthetic released-area polygons.</param>
/// <param name="DeviceFindings">The synthetic device findings (records).</param>
/// <param name="Devices">The devices they count (sum of quantities).</param>
/// <param name="HazardAreaSquareMetres">The total area of the hazardous areas as recorded.</param>
/// <param name="CancelledSquareMetres">The land cancelled by non-technical survey.</param>
/// <param name="ReducedSquareMetres">The land reduced by technical survey.</param>
/// <param name="ClearedSquareMetres">The land cleared.</param>
public sealed record DemoSummary(
    int Reports,
    int AdministrativeAreas,
    int Settlements,
    int Organisations,
    int Teams,
    int HazardousAreas,
    int HazardousAreasClosed,
    int Activities,
    int ReleasedAreas,
    int DeviceFindings,
    long Devices,
    double HazardAreaSquareMetres,
    double CancelledSquareMetres,
    double ReducedSquareMetres,
    double ClearedSquareMetres)
{
    /// <summary>All land released: cancelled, reduced and cleared.</summary>
    public double ReleasedSquareMetres => CancelledSquareMetres + ReducedSquareMetres + ClearedSquareMetres;
}
