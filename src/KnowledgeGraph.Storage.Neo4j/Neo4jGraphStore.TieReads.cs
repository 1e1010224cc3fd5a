using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string KnownArticlesQuery = "UNWIND $ids AS id MATCH (r:Article {id: id}) RETURN r.id AS id";

    private static readonly string TiesOfArticlesQuery =
        "MATCH (:Actor)-[t:TIE]->(:Actor) WHERE t.article IN $ids AND " + TieFilterCypher.Where("t") + " RETURN " + TieProperties.Projection;

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        return await GraphReads.TiesOfActorsAsync(Reader, actorIds, filter, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, TiePage>> GetTiePagesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        TiePageRequest.ThrowIfInvalid(page);
        return await TiePageReads.PagesAsync(Reader, actorIds, filter, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        var ties = await GraphReads.TiesOfActorsAsync(Reader, actorIds, filter, cancellationToken).ConfigureAwait(false);
        return ties.ToDictionary(pair => pair.Key, pair => RelationAggregator.Aggregate(pair.Value), StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Tie>>> GetTiesOfArticlesAsync(
        IReadOnlyCollection<string> articleIds, TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(filter);
        var run = Reader;
        var ids = GraphReads.Distinct(articleIds);
        var known = await run.RecordsAsync(Statements.Of(KnownArticlesQuery, ("ids", ids)), cancellationToken).ConfigureAwait(false);
        var perArticle = known.ToDictionary(r => (string)r.GetValue("id")!, _ => new List<Tie>(), StringComparer.Ordinal);
        if (perArticle.Count > 0)
        {
            var parameters = new Dictionary<string, object?> { ["ids"] = perArticle.Keys.ToArray() };
            TieFilterCypher.AddParameters(parameters, filter);
            foreach (var record in await run.RecordsAsync(Statements.Of(TiesOfArticlesQuery, parameters), cancellationToken).ConfigureAwait(false))
            {
                var tie = TieProperties.Read(record);
                perArticle[tie.Article].Add(tie);
            }
        }

        return perArticle.ToDictionary(pair => pair.Key, pair => GraphReads.InDateOrder(pair.Value), StringComparer.Ordinal);
    }
}
