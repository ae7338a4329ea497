using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>Typed parameters: every value goes to PostgreSQL with its type written out, NULL as <see cref="DBNull"/>.</summary>
internal static class Pg
{
    /// <summary>A <c>text</c> parameter.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Text(string? value) => Of(value, NpgsqlDbType.Text);

    /// <summary>A <c>uuid</c> parameter.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Uuid(Guid? value) => Of(value, NpgsqlDbType.Uuid);

    /// <summary>An <c>integer</c> parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Integer(int value) => Of(value, NpgsqlDbType.Integer);

    /// <summary>A <c>bigint</c> parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Bigint(long value) => Of(value, NpgsqlDbType.Bigint);

    /// <summary>An array parameter.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="elementType">The PostgreSQL type of the elements.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Array<T>(T[] values, NpgsqlDbType elementType) => Of(values, NpgsqlDbType.Array | elementType);

    /// <summary>A <c>boolean</c> parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Boolean(bool value) => Of(value, NpgsqlDbType.Boolean);

    /// <summary>A <c>double precision</c> parameter.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Double(double value) => Of(value, NpgsqlDbType.Double);

    /// <summary>A <c>jsonb</c> parameter from JSON text.</summary>
    /// <param name="json">The text, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Jsonb(string? json) => Of(json, NpgsqlDbType.Jsonb);

    /// <summary>A <c>timestamptz</c> parameter, in UTC and truncated to the microsecond as the store contract keeps instants.</summary>
    /// <param name="value">The instant in any offset, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Timestamp(DateTimeOffset? value) =>
        Of(value is { } v ? CommitRules.TruncateToMicroseconds(v) : null, NpgsqlDbType.TimestampTz);

    /// <summary>A <c>geometry</c> parameter (EWKB through the NetTopologySuite plugin).</summary>
    /// <param name="value">The geometry, or <see langword="null"/>.</param>
    /// <returns>The parameter.</returns>
    public static NpgsqlParameter Geometry(Geometry? value) => Of(value, NpgsqlDbType.Geometry);

    private static NpgsqlParameter Of(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
