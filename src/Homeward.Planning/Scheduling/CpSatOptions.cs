namespace Homeward.Planning.Scheduling;

/// <summary>How long and with how many workers CP-SAT searches.</summary>
/// <param name="TimeLimitSeconds">The wall-clock limit; the best schedule found by then is returned with its gap.</param>
/// <param name="Workers">Search workers; 2 suits a 2-core machine (1 runs only the LP-based search).</param>
/// <param name="RelativeGapLimit">Stop early once the gap is at most this (0: prove optimality).</param>
/// <param name="Seed">The solver's random seed.</param>
/// <param name="Deterministic">
/// Make the search repeatable: the time limit counts CP-SAT's deterministic time instead of wall time and parallel
/// workers interleave in a fixed order, so the same model gives the same plan on any machine (a little slower).
/// </param>
public sealed record CpSatOptions(double TimeLimitSeconds = 60, int Workers = 2, double RelativeGapLimit = 0, int Seed = 1, bool Deterministic = false);
