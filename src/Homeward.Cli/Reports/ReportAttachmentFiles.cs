using Homeward.Cli.Rendering;
using Homeward.Domain.Reports;

namespace Homeward.Cli.Reports;

/// <summary>Writes a report's attached files into a folder (<c>report show --attachments</c>).</summary>
internal static class ReportAttachmentFiles
{
    public static async Task WriteAsync(FieldReport report, string? folder, CancellationToken cancellationToken)
    {
        if (folder is null)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var attachment in report.Attachments ?? [])
        {
            // Names were stripped of folders when attached, so each lands inside the folder asked for.
            await File.WriteAllBytesAsync(Path.Combine(folder, attachment.FileName), attachment.Content.ToArray(), cancellationToken);
        }

        Messages.Note($"{report.Attachments?.Count ?? 0} attachment(s) of {report.Code} written to {folder}.");
    }
}
