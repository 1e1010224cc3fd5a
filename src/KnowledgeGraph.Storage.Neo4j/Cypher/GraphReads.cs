using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The batched reads, over any runner: reads use them auto-committed, writes inside their transaction to check rules.
/// An id resolves through its <c>Redirect</c> node when it was merged away.
/// </summary>
internal static class GraphReads
{
    /// <summary>Binds <c>id</c> (as asked) and <c>a</c> (the live actor) for every id of <c>$ids</c> that resolves.</summary>
    public const string ResolveActors =
        "UNWIND $ids AS id OPTIONAL MATCH (d:Redirect {id: id}) WITH id, coalesce(d.actor, id) AS resolved MATCH (a:Actor {id: resolved}) ";

    private const string ActorsQuery = ResolveActors + "RETURN id, " + ActorProperties.Projection;

    private const string ArticlesQuery = "UNWIND $ids AS id MATCH (r:Article {id: id}) RETURN r AS article";

    // Projects the metadata properties only, so the text never leaves the server.
    private const string ArticleMetadataQuery =
        "UNWIND $ids AS id MATCH (r:Article {id: id}) RETURN r {.id, .title, .publisher, .url, .published, .publishedPrecision, .note} AS article";

    private const string TiesByIdQuery = "MATCH (s:Actor)-[t:TIE]->(e:Actor) WHERE t.id IN $ids RETURN " + TieProperties.Projection;

    private static readonly string TiesOfActorsQuery =
        ResolveActors + "MATCH (a)-[t:TIE]-(:Actor) WHERE " + TieFilterCypher.Where("t") + " RETURN id, a.id AS actor, " + TieProperties.Projection;

    private const string KnownActorsQuery = ResolveActors + "RETURN id, a.id AS actor";

    public static async Task<Dictionary<string, Actor>> ActorsAsync(CypherRunner run, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await run.RecordsAsync(Statements.Of(ActorsQuery, ("ids", Distinct(ids))), cancellationToken).ConfigureAwait(false);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            actors[(string)record.GetValue("id")!] = ActorProperties.Read(PropertyValues.Map(record.GetValue("actor")));
        }

        return actors;
    }

    /// <summary>The live id each known id resolves to, keyed by the id asked for.</summary>
    public static async Task<Dictionary<string, string>> ResolveAsync(CypherRunner run, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await run.RecordsAsync(Statements.Of(KnownActorsQuery, ("ids", Distinct(ids))), cancellationToken).ConfigureAwait(false);
        return records.ToDictionary(r => (string)r.GetValue("id")!, r => (string)r.GetValue("actor")!, StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, Article>> ArticlesAsync(CypherRunner run, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await run.RecordsAsync(Statements.Of(ArticlesQuery, ("ids", Distinct(ids))), cancellationToken).ConfigureAwait(false);
        return records.Select(r => ArticleProperties.Read(PropertyValues.Map(r.GetValue("article")))).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, ArticleMetadata>> ArticleMetadataAsync(CypherRunner run, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var records = await run.RecordsAsync(Statements.Of(ArticleMetadataQuery, ("ids", Distinct(ids))), cancellationToken).ConfigureAwait(false);
        return records.Select(r => ArticleProperties.ReadMetadata(PropertyValues.Map(r.GetValue("article")))).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public static async Task<Dictionary<string, Tie>> TiesByIdAsync(CypherRunner run, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = Distinct(ids);
        if (wanted.Length == 0)
        {
            return new Dictionary<string, Tie>(StringComparer.Ordinal);
        }

        var records = await run.RecordsAsync(Statements.Of(TiesByIdQuery, ("ids", wanted)), cancellationToken).ConfigureAwait(false);
        return records.Select(TieProperties.Read).ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The ties of each known actor that pass the filter and its direction, keyed by the id asked for, in date order.
    /// </summary>
    public static async Task<Dictionary<string, IReadOnlyList<Tie>>> TiesOfActorsAsync(
        CypherRunner run, IEnumerable<string> ids, TieFilter filter, CancellationToken cancellationToken)
    {
        var wanted = Distinct(ids);
        var parameters = new Dictionary<string, object?> { ["ids"] = wanted };
        TieFilterCypher.AddParameters(parameters, filter);
        var statements = new[] { Statements.Of(KnownActorsQuery, ("ids", wanted)), Statements.Of(TiesOfActorsQuery, parameters) };
        var known = await run.RecordsAsync(statements[0], cancellationToken).ConfigureAwait(false);
        var result = known.ToDictionary(r => (string)r.GetValue("id")!, _ => new Dictionary<string, Tie>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var record in await run.RecordsAsync(statements[1], cancellationToken).ConfigureAwait(false))
        {
            var tie = TieProperties.Read(record);
            if (filter.MatchesDirection(tie, (string)record.GetValue("actor")!))
            {
                result[(string)record.GetValue("id")!].TryAdd(tie.Id, tie);
            }
        }

        return result.ToDictionary(pair => pair.Key, pair => InDateOrder(pair.Value.Values), StringComparer.Ordinal);
    }

    public static IReadOnlyList<Tie> InDateOrder(IEnumerable<Tie> ties)
    {
        var list = ties.ToList();
        list.Sort(TieDateOrder.Instance);
        return list;
    }

    public static string[] Distinct(IEnumerable<string> ids) => ids.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToArray();
}
