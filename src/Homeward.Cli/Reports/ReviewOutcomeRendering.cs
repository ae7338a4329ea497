using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain.Reports;
using Spectre.Console;

namespace Homeward.Cli.Reports;

/// <summary>How the report commands tell the user what a review step came to.</summary>
internal static class ReviewOutcomeRendering
{
    /// <summary>Reports the outcome; returns the exit code.</summary>
    public static int Finish(ReviewOutcome outcome, bool json, string doneMessage, bool includeRepairs = false)
    {
        if (!outcome.Success)
        {
            if (json)
            {
                CliJson.Write(new
                {
                    success = false,
                    refusal = outcome.Refusal,
                    conflict = outcome.Conflict,
                    violations = outcome.Violations,
                });
            }

            return outcome.Violations.Count > 0
                ? Messages.Fail(ExitCodes.UserError, $"refused: {outcome.Violations.Count} problem(s) in the report", outcome.Violations.Select(v => v.ToString()))
                : Messages.Fail(ExitCodes.UserError, outcome.Error!);
        }

        var report = outcome.Report;
        if (json)
        {
            CliJson.Write(new
            {
                success = true,
                code = report.Code,
                status = report.Status,
                effects = outcome.Effects,
                geometryRepairs = includeRepairs ? GeometryRepairs(report) : null,
            });
            return ExitCodes.Success;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"{report.Code}: {doneMessage}");
        if (outcome.Effects.Count > 0)
        {
            // The effects are what the approval did; after an unapproval they are what was undone.
            var created = outcome.Effects.Count(e => e.VersionBefore == 0);
            if (report.Status == FieldReportStatus.Unapproved)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                    $"  {created} object(s) it had created withdrawn, {outcome.Effects.Count - created} it had updated put back as they were.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"  {created} object(s) created, {outcome.Effects.Count - created} updated.");
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>The repairs made to the report's geometries at the officer's request, item by item, for JSON output.</summary>
    public static IEnumerable<object> GeometryRepairs(FieldReport report) => report.Items
        .Where(i => i.GeometryRepair is not null)
        .Select(i => new
        {
            itemRef = i.ItemRef,
            problems = i.GeometryRepair!.Problems,
            changes = i.GeometryRepair.Changes,
            areaBeforeSquareMetres = i.GeometryRepair.AreaBeforeSquareMetres,
            areaAfterSquareMetres = i.GeometryRepair.AreaAfterSquareMetres,
            verticesBefore = i.GeometryRepair.VerticesBefore,
            verticesAfter = i.GeometryRepair.VerticesAfter,
            original = i.GeometryRepair.Original,
            summary = i.GeometryRepair.ToString(),
        });
}
