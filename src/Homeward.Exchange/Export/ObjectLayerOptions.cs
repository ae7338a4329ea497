using Homeward.Domain;
using Homeward.Domain.Codes;

namespace Homeward.Exchange.Export;

/// <summary>How an object kind becomes an exported layer.</summary>
/// <param name="Codes">The code tables, for labels.</param>
/// <param name="Measure">Measures areas in m² for polygonal kinds that do not record their own area.</param>
/// <param name="LabelLanguage">
/// <c>en</c>, <c>az</c> or <c>ru</c> to add a <c>COLUMN_label</c> column after each coded column, with the code's label in that
/// language; <see langword="null"/> for codes only.
/// </param>
/// <param name="IsPublic">
/// Whether the file is for the public: personal fields are left out and the geometry of uncleared hazards and of the
/// points that reveal them is generalised to a grid (see <see cref="ObjectLayer.PublicGridDegrees"/>).
/// </param>
public sealed record ObjectLayerOptions(CodeTables Codes, IMetricMeasure Measure, string? LabelLanguage = null, bool IsPublic = false);
