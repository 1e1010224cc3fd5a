using KnowledgeGraph.Core.Import;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// A generated graph cut into import batches of a bounded size: the articles go with the first, each tie with the
/// batch of the later of its two actors, so every batch's ties find their actors stored or in the batch.
/// </summary>
internal static class ImportSlices
{
    public static IReadOnlyList<GraphBatch> Of(GraphBatch graph, int actorsPerBatch)
    {
        var sliceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Actors.Count; i++)
        {
            sliceOf[graph.Actors[i].Id] = i / actorsPerBatch;
        }

        var ties = graph.Ties.ToLookup(t => Math.Max(sliceOf[t.Source], sliceOf[t.Target]));
        return [.. graph.Actors.Chunk(actorsPerBatch).Select((actors, slice) => new GraphBatch
        {
            Articles = slice == 0 ? graph.Articles : [],
            Actors = actors,
            Ties = [.. ties[slice]],
        })];
    }
}
