namespace Homeward.Storage.PostGis.Internal;

/// <summary>One attribute column of a current-state table, and the SQL that takes its value from a history row's payload.</summary>
/// <param name="Name">The snake_case column name, as in the GeoPackage layer.</param>
/// <param name="SqlType">The PostgreSQL type.</param>
/// <param name="ValueSql">The expression over <c>object_versions</c> aliased <c>v</c> that gives the value (NULL when absent).</param>
internal sealed record LayerColumn(string Name, string SqlType, string ValueSql);
