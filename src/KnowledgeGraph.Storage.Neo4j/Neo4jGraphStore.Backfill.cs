using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Gives every actor the search keys of <see cref="ActorProperties.NameKeysVersion"/>, in transactions of
    /// <paramref name="batchSize"/> actors; returns how many actors were rewritten (none when all were current).
    /// </summary>
    internal async Task<int> BackfillNameKeysAsync(int batchSize, CancellationToken cancellationToken)
    {
        var stale = await NameKeyBackfill.StaleActorIdsAsync(Reader, cancellationToken).ConfigureAwait(false);
        var repaired = 0;
        foreach (var batch in Statements.Chunks(stale, batchSize))
        {
            repaired += await WriteAsync(run => NameKeyBackfill.RepairAsync(run, batch, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return repaired;
    }
}
