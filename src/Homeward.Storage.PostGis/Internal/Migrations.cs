namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The ordered schema migrations. A store records the version it has reached in <c>meta.schema_version</c>;
/// <c>homeward migrate</c> applies the steps after that. Columns that new domain properties need are added separately by
/// <see cref="LayerSync"/>, which needs no version of its own.
/// </summary>
internal static class Migrations
{
    /// <summary>Every step, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "History, reports, effects, code tables and one current-state table per object kind", InitialSchema.ApplyAsync),
        new(2, "Field report items in rows of their own (field_report_items), written by COPY and read one at a time", ReportItemRows.MoveItemsOutOfReportsAsync),
        new(3, "Standard code values added since the store was created (assets and reconstruction projects); existing values and labels kept", CodeValueRows.AddMissingStandardAsync),
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int Latest => All[^1].Version;
}
