using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward history CODE</c>: every version of an object: when, who, through which report.</summary>
internal sealed class HistoryCommand : AsyncCommand<HistoryCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        return await CliSession.RunAsync(settings, async session =>
        {
            // The code may belong to an object that has since been withdrawn: look back through time for it.
            var stored = await session.Store.FindByCodeAsync(settings.Code, null, cancellationToken);
            var id = stored?.State.Id;
            if (id is null)
            {
                return Messages.Fail(ExitCodes.UserError, $"no current object has the code {settings.Code}.");
            }

            var history = await session.Store.GetHistoryAsync(id.Value, cancellationToken);
            if (settings.Json)
            {
                CliJson.Write(history.Select(v => new
                {
                    v.Version,
                    change = v.Change,
                    v.ValidFrom,
                    v.ValidTo,
                    v.ChangedBy,
                    v.ReportCode,
                    state = (object?)v.State,
                    geometry = v.State?.Geometry,
                }));
                return ExitCodes.Success;
            }

            var table = new Table().Title($"History of {settings.Code} ({ObjectKindInfo.Of(stored!.State.Kind).JsonName})")
                .AddColumns("Version", "Change", "From (UTC)", "To (UTC)", "By", "Report", "Changed fields");
            ObjectVersionDiff? previous = null;
            foreach (var v in history)
            {
                var current = new ObjectVersionDiff(v.State);
                table.AddRow(
                    v.Version.ToString(CultureInfo.InvariantCulture),
                    v.Change.ToString(),
                    v.ValidFrom.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    v.ValidTo?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "current",
                    Markup.Escape(v.ChangedBy),
                    v.ReportCode ?? "—",
                    Markup.Escape(previous is null ? "—" : string.Join(", ", current.ChangedFrom(previous))));
                previous = current;
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("The object's code, for example HA-AGD-000012.")]
        public string Code { get; set; } = string.Empty;
    }
}
