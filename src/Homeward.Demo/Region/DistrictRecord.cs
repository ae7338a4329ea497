using Homeward.Domain;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Region;

/// <summary>A district or city of the region file, with its names corrected and its short code assigned.</summary>
/// <param name="PCode">The ISO 3166-2 code (or the Natural Earth placeholder where none exists), unique in the file.</param>
/// <param name="ShortCode">The three-letter code used inside object codes, unique in the file.</param>
/// <param name="Name">The names in English, Azerbaijani and, where known reliably, Russian.</param>
/// <param name="IsMunicipality">Whether it is a city (municipality) rather than a district (rayon).</param>
/// <param name="IsFocus">Whether it is one of the liberated districts of Karabakh.</param>
/// <param name="Geometry">The boundary in EPSG:4326 (X = longitude, Y = latitude), generalised to 1:10m.</param>
internal sealed record DistrictRecord(string PCode, string ShortCode, LocalizedText Name, bool IsMunicipality, bool IsFocus, Geometry Geometry);
