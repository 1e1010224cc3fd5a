using KnowledgeGraph.Core.Export.Formats;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Export.Formats;

public sealed class OutputSpoolTests
{
    [Fact]
    public async Task Synchronous_writes_stay_in_memory_until_an_asynchronous_drain_passes_them_on()
    {
        await using var output = new AsyncOnlyStream();
        await using var spool = new OutputSpool(output);
        spool.Write(new byte[1000]);
        spool.Flush();
        await spool.DrainIfFullAsync(default);
        Assert.Empty(output.WriteSizes);

        spool.Write(new byte[70_000]);
        await spool.DrainIfFullAsync(default);
        await spool.WriteAsync(new byte[10]);
        await spool.DrainAsync(default);

        Assert.Equal([71_000, 10], output.WriteSizes);
    }
}
