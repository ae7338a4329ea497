namespace Homeward.Cli;

/// <summary>The exit codes of the homeward command, as README.md documents them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The user's input was refused: a bad file or argument, a rule broken, a conflicting change, an unknown code.</summary>
    public const int UserError = 1;

    /// <summary>The environment failed: the database is missing, locked, newer than this program, or unreadable.</summary>
    public const int EnvironmentError = 2;
}
