namespace Homeward.Domain.Objects;

/// <summary>People counted by sex and age (SADD): beneficiaries of released land or an audience.</summary>
/// <param name="Women">Women, 18 and over.</param>
/// <param name="Men">Men, 18 and over.</param>
/// <param name="Girls">Girls, under 18.</param>
/// <param name="Boys">Boys, under 18.</param>
public sealed record Beneficiaries(int Women, int Men, int Girls, int Boys)
{
    /// <summary>Everyone counted.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Total => checked(Women + Men + Girls + Boys);
}
