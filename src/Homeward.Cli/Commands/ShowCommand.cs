using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward show CODE</c>: one object as it is, or as it was at a past date.</summary>
internal sealed class ShowCommand : AsyncCommand<ShowCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(settings.AsOf, out var asOf, out var error))
        {
            return Messages.Fail(ExitCodes.UserError, error!);
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var stored = await session.Store.FindByCodeAsync(settings.Code, asOf, cancellationToken);
            if (stored is null)
            {
                var hint = settings.Code.StartsWith("FR-", StringComparison.Ordinal) ? " For a field report use 'homeward report show'." : string.Empty;
                return Messages.Fail(ExitCodes.UserError, asOf is null
                    ? $"no object has the code {settings.Code}.{hint}"
                    : $"no object had the code {settings.Code} on {settings.AsOf}.{hint}");
            }

            var state = stored.State;
            var geometry = state.Geometry;
            var areaSquareMetres = geometry is null ? (double?)null : session.Measure.AreaSquareMetres(geometry);
            if (settings.Json)
            {
                CliJson.Write(new
                {
                    kind = ObjectKindInfo.Of(state.Kind).JsonName,
                    version = stored.Version,
                    validFrom = stored.ValidFrom,
                    asOf,
                    @object = (object)state,
                    geometry,
                });
                return ExitCodes.Success;
            }

            if (state.IsSynthetic)
            {
                Messages.SyntheticWarning();
            }

            var table = new Table().Title($"{state.Code} — {ObjectKindInfo.Of(state.Kind).JsonName}, version {stored.Version}"
                    + (state.IsSynthetic ? " — SYNTHETIC demonstration data" : string.Empty))
                .AddColumns("Field", "Value");
            foreach (var (field, value) in await ObjectFields.DescribeAsync(session.Store, state, asOf, cancellationToken))
            {
                table.AddRow(Markup.Escape(field), Markup.Escape(value));
            }

            if (geometry is not null)
            {
                var centre = geometry.Centroid;
                table.AddRow("geometry", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{geometry.GeometryType}, {geometry.NumPoints} points, centre ({centre.X:0.######} {centre.Y:0.######})")));
                if (areaSquareMetres > 0)
                {
                    table.AddRow("area (UTM)", Markup.Escape($"{areaSquareMetres.Value.ToString("N0", CultureInfo.CurrentCulture)} m²"));
                }
            }

            table.AddRow("recorded", Markup.Escape(stored.ValidFrom.ToString("u", CultureInfo.InvariantCulture)));
            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("The object's code, for example HA-AGD-000012.")]
        public string Code { get; set; } = string.Empty;

        [CommandOption("--as-of <DATE>")]
        [Description("Show the object as it was at the end of this day (yyyy-MM-dd, UTC) or at this ISO 8601 instant.")]
        public string? AsOf { get; set; }
    }
}
