namespace Homeward.Planning.Backtesting;

/// <summary>The forecast completion date against what the later statistics show.</summary>
/// <param name="Actual">The end of the first later period whose remaining estimate is zero; <see langword="null"/> when none is.</param>
/// <param name="LastRecorded">The last day the statistics cover.</param>
/// <param name="P10">Forecast P10 completion (null: not within the horizon).</param>
/// <param name="P50">Forecast median completion.</param>
/// <param name="P90">Forecast P90 completion.</param>
/// <param name="Inside">
/// Whether the actual completion fell inside the P10–P90 band; when the series shows none, <see langword="false"/> if the
/// forecast's P90 had passed by the last recorded day, else <see langword="null"/> (not yet decidable).
/// </param>
public sealed record CompletionCheck(DateOnly? Actual, DateOnly LastRecorded, DateOnly? P10, DateOnly? P50, DateOnly? P90, bool? Inside);
