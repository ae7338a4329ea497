using Microsoft.Data.Sqlite;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

public sealed partial class ReportApproveCommandTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Approve_ProcessKilledPartWay_LeavesTheFileAsBefore()
    {
        const int Hazards = 5000;
        await _cli.RunOkAsync("init");
        var features = Enumerable.Range(0, Hazards)
            .Select(i => Feature($"h{i}", Square(46.0 + (i % 100) * 0.01, 39.5 + (i / 100) * 0.01, 0.005), Hazard()))
            .ToArray();
        var report = await _cli.SubmitAsync(Report("big survey", features));
        var versionsBefore = CountRows("object_versions");

        using (var approving = HomewardProcess.Start(_cli.Folder, "report", "approve", report, "--db", _cli.Database))
        {
            // The command writes a progress line on standard error every 500 changes, from inside the transaction.
            string? line;
            do
            {
                line = await approving.StandardError.ReadLineAsync(TestContext.Current.CancellationToken);
            }
            while (line is not null && !line.StartsWith($"approving {report}:", StringComparison.Ordinal));

            Assert.NotNull(line);
            Assert.False(approving.HasExited, "the approval finished before it could be stopped; the test proves nothing");
            approving.Kill(entireProcessTree: true);
            await approving.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(versionsBefore, CountRows("object_versions"));
        Assert.Equal(0L, CountRows("hazardous_areas"));
        Assert.Equal(0L, CountRows("rtree_hazardous_areas_geom"));
        var listed = (await _cli.JsonAsync("report", "list")).EnumerateArray().Single();
        Assert.Equal("submitted", listed.GetProperty("status").GetString());

        await _cli.RunOkAsync("report", "approve", report);

        Assert.Equal(Hazards, (await _cli.JsonAsync("stats")).GetProperty("hazardousAreasRecorded").GetInt32());
        Assert.Equal((long)Hazards, CountRows("rtree_hazardous_areas_geom"));
    }

    private long CountRows(string table) => (long)Scalar($"SELECT COUNT(*) FROM {table}")!;

    private object? Scalar(string sql)
    {
        // A plain SQLite connection, as any other tool would open the file after the crash.
        using var connection = new SqliteConnection($"Data Source={_cli.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
