namespace Homeward.Planning.Scheduling;

/// <summary>
/// The use of one renewable resource over time, as a step function: a sorted list of change points, each holding
/// the units in use from its time until the next point.
/// </summary>
internal sealed class ResourceProfile
{
    private readonly List<long> _times = [0];
    private readonly List<int> _used = [0];

    public ResourceProfile(int capacity) => Capacity = capacity;

    public int Capacity { get; }

    /// <summary>The earliest start ≥ <paramref name="earliest"/> at which <paramref name="amount"/> units are free for <paramref name="duration"/>.</summary>
    public long EarliestStart(long earliest, long duration, int amount)
    {
        if (duration == 0)
        {
            return earliest;
        }

        var limit = Capacity - amount;
        var candidate = earliest;
        var i = IndexAt(candidate);
        while (true)
        {
            // Walk the steps covering [candidate, candidate + duration); jump past the first one that is too full.
            var j = i;
            var fits = true;
            while (j < _times.Count && _times[j] < candidate + duration)
            {
                if (_used[j] > limit)
                {
                    fits = false;
                    break;
                }

                j++;
            }

            if (fits)
            {
                return candidate;
            }

            // Move to the first step after j whose use leaves room.
            var k = j + 1;
            while (k < _times.Count && _used[k] > limit)
            {
                k++;
            }

            candidate = _times[k]; // the last step always has use 0, so k is in range
            i = k;
        }
    }

    /// <summary>Books <paramref name="amount"/> units over [start, end).</summary>
    public void Add(long start, long end, int amount)
    {
        if (end <= start)
        {
            return;
        }

        var first = Split(start);
        var last = Split(end);
        for (var k = first; k < last; k++)
        {
            _used[k] += amount;
        }
    }

    private int IndexAt(long time)
    {
        var index = _times.BinarySearch(time);
        return index >= 0 ? index : ~index - 1;
    }

    private int Split(long time)
    {
        var index = _times.BinarySearch(time);
        if (index >= 0)
        {
            return index;
        }

        var insert = ~index;
        _times.Insert(insert, time);
        _used.Insert(insert, _used[insert - 1]);
        return insert;
    }
}
