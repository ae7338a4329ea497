using Homeward.Domain.Reports;
using Homeward.Geo;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>The stored form of field reports: the store-neutral <see cref="FieldReportJson"/>, geometries read as EPSG:4326.</summary>
internal static class ReportJson
{
    /// <summary>The form. Thread-safe.</summary>
    public static FieldReportJson Form { get; } = new(GeometryServices.Wgs84);
}
