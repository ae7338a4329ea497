namespace Homeward.Domain.Objects;

/// <summary>The state of a task issued to an organisation.</summary>
public enum ClearanceTaskStatus
{
    /// <summary>Issued, not started.</summary>
    Issued,

    /// <summary>Work is under way.</summary>
    InProgress,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Withdrawn before completion.</summary>
    Cancelled,
}
