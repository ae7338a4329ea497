namespace Homeward.Records.Units;

/// <summary>A unit of distance that legs in minefield records are written in.</summary>
public enum DistanceUnit
{
    /// <summary>Metres. Written <c>metre</c>.</summary>
    Metre,

    /// <summary>Paces (single steps), by default 0.75 m, or the record's <c>paceLengthMetres</c>. Written <c>pace</c>.</summary>
    Pace,

    /// <summary>Pairs of steps ("пары шагов"), by default 1.5 m, or twice the record's pace length. Written <c>pairOfSteps</c>.</summary>
    PairOfSteps,

    /// <summary>International yards, 0.9144 m. Written <c>yard</c>.</summary>
    Yard,

    /// <summary>International feet, 0.3048 m. Written <c>foot</c>.</summary>
    Foot,
}
