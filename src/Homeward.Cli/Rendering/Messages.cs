using Spectre.Console;

namespace Homeward.Cli.Rendering;

/// <summary>Messages for people, written to standard error so that standard output stays clean for results.</summary>
internal static class Messages
{
    public static IAnsiConsole Error { get; } = CreateErrorConsole();

    public static int Fail(int exitCode, string message)
    {
        Error.MarkupLineInterpolated($"[red]error:[/] {message}");
        return exitCode;
    }

    public static int Fail(int exitCode, string heading, IEnumerable<string> lines)
    {
        Error.MarkupLineInterpolated($"[red]error:[/] {heading}");
        foreach (var line in lines)
        {
            Error.MarkupLineInterpolated($"  - {line}");
        }

        return exitCode;
    }

    private static IAnsiConsole CreateErrorConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            // A log or a script reads each message as one line: never wrap it at a guessed terminal width.
            console.Profile.Width = 100_000;
        }

        return console;
    }

    public static void Note(string message) => Error.MarkupLineInterpolated($"[grey]{message}[/]");

    public static void Warning(string message) => Error.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    public static void SyntheticWarning() =>
        Error.MarkupLine("[yellow]This database contains SYNTHETIC demonstration data: the hazardous areas, activities, released land and findings are invented.[/]");
}
