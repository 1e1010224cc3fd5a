using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Tests.Export.Sources;

public sealed class IdArenaTests
{
    [Fact]
    public void Ids_read_back_as_stored_across_chunk_boundaries()
    {
        var arena = new IdArena(0);
        var ids = Enumerable.Range(0, 150_000).Select(i => $"tie-{i:D7}-{new string('x', i % 90)}").ToList();
        var indexes = ids.Select(arena.Add).ToList();

        Assert.Equal(Enumerable.Range(0, ids.Count), indexes);
        Assert.Equal(ids.Count, arena.Count);
        Assert.All(Enumerable.Range(0, ids.Count).Where(i => i % 997 == 0 || i == ids.Count - 1), i => Assert.Equal(ids[i], arena[i]));
    }

    [Fact]
    public void Non_ascii_ids_read_back_unchanged()
    {
        var arena = new IdArena(4);
        arena.Add("plain");
        arena.Add("ḥizballāh-حزب");
        Assert.Equal("ḥizballāh-حزب", arena[1]);
    }
}
