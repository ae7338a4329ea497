using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetReportAsync_ReportWithAttachments_ReturnsTheSameBytes()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        byte[] scan = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF, 0x00, 0x0A, 0x0D];
        var report = Report(FieldReportStatus.Draft) with
        {
            Attachments =
            [
                ReportAttachment.Create("MF-AGD-0001.json", "application/json", "{\"id\":\"MF-AGD-0001\"}"u8.ToArray()),
                ReportAttachment.Create("scans/MF-AGD-0001 page 1.png", "image/png", scan),
            ],
        };
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));

        var read = (await store.GetReportAsync(report.Code, Ct))!.Report;

        Assert.NotNull(read.Attachments);
        Assert.Equal(["MF-AGD-0001.json", "MF-AGD-0001 page 1.png"], read.Attachments.Select(a => a.FileName));
        Assert.Equal(report.Attachments.Select(a => (a.MediaType, a.Sha256)), read.Attachments.Select(a => (a.MediaType, a.Sha256)));
        Assert.Equal(scan, read.Attachments[1].Content.ToArray());
        Assert.All(read.Attachments, a => Assert.True(a.IsIntact));
    }

    [Fact]
    public async Task GetReportAsync_ReportWithoutAttachments_HasNone()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var report = Report(FieldReportStatus.Draft);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));

        Assert.Null((await store.GetReportAsync(report.Code, Ct))!.Report.Attachments);
    }
}
