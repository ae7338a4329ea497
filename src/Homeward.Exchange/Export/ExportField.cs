namespace Homeward.Exchange.Export;

/// <summary>One attribute column of an exported layer.</summary>
/// <param name="Name">The column name: lower-case letters, digits and underscores, starting with a letter.</param>
/// <param name="Type">The type of its values.</param>
/// <param name="MaxLength">For text, the longest value expected in characters (the dBASE field width), or 0 for up to 254.</param>
public sealed record ExportField(string Name, ExportFieldType Type, int MaxLength = 0);
