using Homeward.Domain;
using Homeward.Exchange.Export;

namespace Homeward.Exchange.Tests.Export;

public sealed class LayerCopyTests
{
    private static readonly ExportLayerSchema Schema = new("rows", GeometryShape.None, [new ExportField("n", ExportFieldType.WholeNumber)], "test");

    [Fact]
    public void Run_ManyFeatures_WritesThemAllInOrderAndCompletes()
    {
        var writer = new RecordingWriter();

        var count = LayerCopy.Run(Enumerable.Range(0, 5_000).Select(i => new ExportFeature(null, [(long)i])), writer, TestContext.Current.CancellationToken);

        Assert.Equal(5_000, count);
        Assert.Equal(Enumerable.Range(0, 5_000).Select(i => (long)i), writer.Written);
        Assert.True(writer.Completed);
    }

    [Fact]
    public void Run_SourceFailsPartWay_ThrowsItsErrorAndDoesNotComplete()
    {
        var writer = new RecordingWriter();

        var error = Assert.Throws<FormatException>(() => LayerCopy.Run(Failing(), writer, TestContext.Current.CancellationToken));

        Assert.Equal("row 1000 is broken", error.Message);
        Assert.False(writer.Completed);
    }

    [Fact]
    public void Run_WriterFails_StopsTheReaderAndThrows()
    {
        var writer = new RecordingWriter { FailAt = 10 };
        var read = 0;

        Assert.Throws<IOException>(() => LayerCopy.Run(Endless(() => read++), writer, TestContext.Current.CancellationToken));

        Assert.False(writer.Completed);
    }

    private static IEnumerable<ExportFeature> Failing()
    {
        for (var i = 0; i < 1_000; i++)
        {
            yield return new ExportFeature(null, [(long)i]);
        }

        throw new FormatException("row 1000 is broken");
    }

    private static IEnumerable<ExportFeature> Endless(Action onRead)
    {
        for (var i = 0L; ; i++)
        {
            onRead();
            yield return new ExportFeature(null, [i]);
        }
    }

    private sealed class RecordingWriter : ILayerWriter
    {
        public List<long> Written { get; } = [];

        public bool Completed { get; private set; }

        public int FailAt { get; init; } = -1;

        public IReadOnlyList<string> Files => [];

        public long Count => Written.Count;

        public void Write(ExportFeature feature)
        {
            if (Written.Count == FailAt)
            {
                throw new IOException("disk full");
            }

            Written.Add((long)feature.Values[0]!);
        }

        public void Complete() => Completed = true;

        public void Dispose()
        {
        }
    }
}
