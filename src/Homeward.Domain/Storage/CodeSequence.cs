namespace Homeward.Domain.Storage;

/// <summary>The last number a store handed out for a code prefix (see <see cref="IHomewardStore.ReserveCodesAsync"/>).</summary>
/// <param name="Prefix">The prefix, for example <c>HA-AGD-</c>.</param>
/// <param name="Last">The last number handed out, from 1.</param>
public sealed record CodeSequence(string Prefix, long Last);
