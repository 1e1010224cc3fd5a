using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>The write statements, each one <c>UNWIND</c> over rows sent as parameters, in chunks, inside the caller's transaction.</summary>
internal static class GraphWrites
{
    private const string ActorsStatement = "UNWIND $rows AS r MERGE (a:Actor {id: r.id}) SET a = r";

    // For actors the transaction has read as absent: no lock-taking MERGE; a concurrent writer's twin still fails
    // on the uniqueness constraint and rolls its transaction back.
    private const string NewActorsStatement = "UNWIND $rows AS r CREATE (a:Actor) SET a = r";

    // Search reads the name keys from NameKey nodes through their key index. A rewrite finds an actor's old keys
    // through the actor index instead: a common word is the key of many actors, and seeking it by key read them all
    // (a backfill of 6,000 actors named "Front <n> Brigade" went quadratic).
    private const string DropNameKeysStatement = "UNWIND $ids AS id MATCH (k:NameKey {actor: id}) DELETE k";

    private const string NameKeysStatement = "UNWIND $rows AS r UNWIND r.nameKeys AS key CREATE (:NameKey {key: key, actor: r.id})";

    private const string ArticlesStatement = "UNWIND $rows AS r CREATE (x:Article) SET x = r";

    // Both ends by their unique index, each as its own OPTIONAL MATCH. Once the store holds actors, 3.1 plans a MATCH
    // of both ends (with or without a WITH between them) as a hash join of two scans of the whole actor index per row:
    // 2 million index reads for 100 rows over 10k actors. An OPTIONAL MATCH is planned alone, as a seek. An end that
    // is missing, which the rules rule out, makes CREATE fail and the transaction roll back rather than drop the tie.
    // Each id is a variable before it is looked up (SeekValues): see there.
    internal const string TiesStatement =
        "UNWIND $rows AS r " + SeekValues + "OPTIONAL MATCH (s:Actor {id: source}) WITH r, s, target OPTIONAL MATCH (e:Actor {id: target}) "
        + "CREATE (s)-[t:TIE]->(e) SET t = r.props";

    private const string RetractStatement =
        "MATCH (:Actor)-[t:TIE]->(:Actor) WHERE t.id = $id SET t.retractedReason = $reason, t.retractedBy = $by, t.retractedAt = $at";

    private const string MergesStatement =
        "OPTIONAL MATCH (x:Merge) WITH coalesce(max(x.seq), 0) AS last UNWIND range(0, size($rows) - 1) AS i "
        + "CREATE (m:Merge) SET m = $rows[i], m.seq = last + 1 + i";

    private const string RedirectsStatement = "UNWIND $rows AS r MERGE (d:Redirect {id: r.id}) SET d.actor = r.actor";

    // The stored reports with the content of each row, a live one first: what re-adding a report returns. The hint
    // keeps 3.1's planner from scanning the whole actor index once per row (seen: 13 s for 5,000 rows on 1,000 actors).
    internal const string SameContentQuery =
        "UNWIND $rows AS r " + SeekValues + "MATCH (s:Actor {id: source})-[t:TIE]->(e:Actor) USING INDEX s:Actor(id) "
        + "WHERE e.id = target AND t.type = r.type AND t.article = r.article AND t.precision = r.precision AND coalesce(t.date, '') = r.date AND t.evidence = r.evidence "
        + "RETURN r.index AS index, " + TieProperties.Projection + " ORDER BY index, t.retractedAt IS NOT NULL, t.id";

    // A row's ends as variables. Given a row's property (`{id: r.source}`) as the value to find, 3.1 plans a scan of the
    // whole actor index per row whenever the index's statistics say it is empty while the store holds actors, as a
    // wipe and reload leaves them until the sampler comes round: an import of 50k ties into 10k actors ran for over
    // ten minutes. Given a variable, it seeks in that state too.
    private const string SeekValues = "WITH r, r.source AS source, r.target AS target ";

    /// <summary>Rewrites stored actors, their search keys with them.</summary>
    public static Task ActorsAsync(CypherRunner run, IReadOnlyList<Actor> actors, CancellationToken cancellationToken) =>
        ActorsAsync(run, actors, _ => true, cancellationToken);

    /// <summary>Creates the actors <paramref name="isStored"/> says are new and rewrites the others, search keys with them.</summary>
    public static async Task ActorsAsync(CypherRunner run, IReadOnlyList<Actor> actors, Func<string, bool> isStored, CancellationToken cancellationToken)
    {
        var rows = actors.Select(ActorProperties.Of).ToList();
        var stored = rows.Where(r => isStored((string)r["id"]!)).ToList();
        await DropNameKeysAsync(run, stored.ConvertAll(r => (string)r["id"]!), cancellationToken).ConfigureAwait(false);
        await InChunksAsync(run, ActorsStatement, stored, cancellationToken).ConfigureAwait(false);
        await InChunksAsync(run, NewActorsStatement, rows.Except(stored).ToList(), cancellationToken).ConfigureAwait(false);
        await InChunksAsync(run, NameKeysStatement,
            rows.ConvertAll(r => new Dictionary<string, object?> { ["id"] = r["id"], ["nameKeys"] = r["nameKeys"] }), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the search keys of the stored actors with these ids, before they are rewritten or deleted.</summary>
    public static async Task DropNameKeysAsync(CypherRunner run, IReadOnlyList<string> actorIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in Statements.Chunks(actorIds))
        {
            await run(Statements.Of(DropNameKeysStatement, ("ids", chunk)), cancellationToken).ConfigureAwait(false);
        }
    }

    public static Task ArticlesAsync(CypherRunner run, IReadOnlyList<Article> articles, CancellationToken cancellationToken) =>
        InChunksAsync(run, ArticlesStatement, articles.Select(ArticleProperties.Of).ToList(), cancellationToken);

    public static Task TiesAsync(CypherRunner run, IReadOnlyList<Tie> ties, CancellationToken cancellationToken) =>
        InChunksAsync(run, TiesStatement, ties.Select(t => new Dictionary<string, object?>
        {
            ["source"] = t.Source,
            ["target"] = t.Target,
            ["props"] = PresentOnly(TieProperties.Of(t)),
        }).ToList(), cancellationToken);

    public static Task RetractAsync(CypherRunner run, string tieId, Retraction retraction, CancellationToken cancellationToken) =>
        run(Statements.Of(RetractStatement, ("id", tieId), ("reason", retraction.Reason), ("by", retraction.By), ("at", PropertyValues.Instant(retraction.At))),
            cancellationToken);

    public static async Task MergesAsync(CypherRunner run, IReadOnlyList<MergeRecord> merges, CancellationToken cancellationToken)
    {
        if (merges.Count > 0)
        {
            await run(Statements.Of(MergesStatement, ("rows", merges.Select(MergeProperties.Of).ToArray())), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes each merged-away id resolve to its live actor.</summary>
    public static Task RedirectsAsync(CypherRunner run, IReadOnlyList<(string Id, string Actor)> redirects, CancellationToken cancellationToken) =>
        InChunksAsync(run, RedirectsStatement, redirects.Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["actor"] = r.Actor }).ToList(), cancellationToken);

    /// <summary>For each tie (canonical, ends resolved), the stored tie with the same content, a live one first; null when none.</summary>
    public static async Task<Tie?[]> SameContentAsync(CypherRunner run, IReadOnlyList<Tie> ties, CancellationToken cancellationToken)
    {
        var found = new Tie?[ties.Count];
        var rows = ties.Select((t, i) => new Dictionary<string, object?>
        {
            ["index"] = i,
            ["source"] = t.Source,
            ["target"] = t.Target,
            ["type"] = WireNames.Of(t.Type),
            ["article"] = t.Article,
            ["precision"] = WireNames.Of(t.Date.Precision),
            ["date"] = t.Date.ToIsoString() ?? "",
            ["evidence"] = t.Evidence,
        }).ToList();
        foreach (var chunk in Statements.Chunks(rows))
        {
            foreach (var record in await run.RecordsAsync(Statements.Of(SameContentQuery, ("rows", chunk)), cancellationToken).ConfigureAwait(false))
            {
                var index = Convert.ToInt32(record.GetValue("index"), System.Globalization.CultureInfo.InvariantCulture);
                found[index] ??= TieProperties.Read(record);
            }
        }

        return found;
    }

    // An absent optional value is an absent property either way; leaving the nulls out of a new relationship's map
    // shrinks a bulk import's requests by about a third.
    private static Dictionary<string, object?> PresentOnly(Dictionary<string, object?> properties)
    {
        foreach (var key in properties.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            properties.Remove(key);
        }

        return properties;
    }

    private static async Task InChunksAsync(CypherRunner run, string statement, List<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in Statements.Chunks(rows))
        {
            await run(Statements.Of(statement, ("rows", chunk)), cancellationToken).ConfigureAwait(false);
        }
    }
}
