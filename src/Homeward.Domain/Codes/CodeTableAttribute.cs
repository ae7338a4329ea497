namespace Homeward.Domain.Codes;

/// <summary>Marks a property whose values must be codes of the named code table.</summary>
/// <param name="tableName">The code table, for example <c>hazard_type</c>.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class CodeTableAttribute(string tableName) : Attribute
{
    /// <summary>The code table.</summary>
    public string TableName { get; } = tableName;
}
