using System.Globalization;
using Spectre.Console;

namespace Homeward.Cli.Rendering;

/// <summary>
/// Shows the progress of long work: a live bar when standard error is a terminal, else a plain line on standard error
/// every <see cref="LineInterval"/> steps or every twentieth of the work, whichever is longer, so logs and scripts see it
/// too without drowning in it.
/// </summary>
internal static class ProgressReporter
{
    public const int LineInterval = 500;

    public static async Task<T> RunAsync<T>(string description, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || total < LineInterval)
        {
            var lastLine = 0;
            var interval = Math.Max(LineInterval, total / 20);
            return await work(new SynchronousProgress<int>(done =>
            {
                if (done - lastLine >= interval)
                {
                    lastLine = done;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {done}/{total}"));
                }
            }));
        }

        T result = default!;
        await Messages.Error.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: total);
            result = await work(new SynchronousProgress<int>(done => task.Value = done));
        });
        return result;
    }
}
