using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// Brings every actor's search keys up to <see cref="ActorProperties.NameKeysVersion"/>: actors written before
/// search read <c>NameKey</c> nodes have none (and no version), and actors written under older key rules have stale
/// ones. Each is rewritten as a write today would write it, a batch of actors per transaction.
/// </summary>
internal static class NameKeyBackfill
{
    /// <summary>Actors per transaction: enough to keep the round trips few, few enough that no transaction grows with the graph.</summary>
    public const int DefaultBatchSize = 1_000;

    // One pass over the actor label reading one property each: the cost a start pays when nothing is stale. Only
    // the ids come back, so a large backlog is held as ids rather than as actors.
    private const string StaleQuery =
        "MATCH (a:Actor) WHERE a.nameKeysVersion IS NULL OR a.nameKeysVersion <> $version RETURN a.id AS id";

    // Setting the version takes the actor's write lock before it is read, so a concurrent writer's rename either
    // lands before this read or waits for this transaction; an actor rewritten meanwhile is current and skipped.
    private const string LockStaleQuery =
        "UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE a.nameKeysVersion IS NULL OR a.nameKeysVersion <> $version "
        + "SET a.nameKeysVersion = $version RETURN " + ActorProperties.Projection;

    /// <summary>The ids of actors whose search keys are missing or from another version.</summary>
    public static async Task<IReadOnlyList<string>> StaleActorIdsAsync(CypherRunner run, CancellationToken cancellationToken)
    {
        var records = await run.RecordsAsync(Statements.Of(StaleQuery, ("version", ActorProperties.NameKeysVersion)), cancellationToken).ConfigureAwait(false);
        return [.. records.Select(r => (string)r.GetValue("id")!)];
    }

    /// <summary>Rewrites the actors with these ids whose keys are still stale, with their keys; returns how many.</summary>
    public static async Task<int> RepairAsync(CypherRunner run, IReadOnlyList<string> actorIds, CancellationToken cancellationToken)
    {
        var statement = Statements.Of(LockStaleQuery, ("ids", actorIds.ToArray()), ("version", ActorProperties.NameKeysVersion));
        var actors = (await run.RecordsAsync(statement, cancellationToken).ConfigureAwait(false))
            .Select(r => ActorProperties.Read(PropertyValues.Map(r.GetValue("actor"))))
            .ToList();
        await GraphWrites.ActorsAsync(run, actors, cancellationToken).ConfigureAwait(false);
        return actors.Count;
    }
}
