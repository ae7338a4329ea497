namespace Homeward.Records.Consistency;

/// <summary>How much a consistency flag matters.</summary>
public enum FlagSeverity
{
    /// <summary>Worth knowing; the result stands.</summary>
    Info,

    /// <summary>The record contradicts itself or is unclear here; check it against the paper.</summary>
    Warning,

    /// <summary>The result is not to be trusted until the record is checked (for example a misclosure over 10 m: no adjustment was made).</summary>
    Error,
}
