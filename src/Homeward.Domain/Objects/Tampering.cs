namespace Homeward.Domain.Objects;

/// <summary>Whether a victim handled the device.</summary>
public enum Tampering
{
    /// <summary>The victim tampered with the device.</summary>
    Yes,

    /// <summary>The victim did not tamper with the device.</summary>
    No,

    /// <summary>Not known.</summary>
    Unknown,
}
