using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string ArticlePageQuery = "MATCH (r:Article) WHERE r.id > $after RETURN r AS article ORDER BY r.id LIMIT $limit";

    private const string ArticleCountQuery = "MATCH (r:Article) RETURN count(r) AS n";

    // Titles and publishers outrank a match in the body; the corpus is small next to the ties, so a scan is honest.
    private const string ArticleSearchQuery =
        "MATCH (r:Article) WITH r, toLower(coalesce(r.title, '') + ' ' + coalesce(r.publisher, '')) AS head "
        + "WHERE head CONTAINS $text OR toLower(r.text) CONTAINS $text "
        + "RETURN r AS article ORDER BY CASE WHEN head CONTAINS $text THEN 0 ELSE 1 END, r.id LIMIT $limit";

    private const string ActorCountsQuery = "MATCH (a:Actor) RETURN a.kind AS kind, count(a) AS n";

    private const string TieCountsQuery =
        "MATCH (:Actor)-[t:TIE]->(:Actor) RETURN t.type AS type, t.retractedAt IS NULL AS live, t.precision = 'UNKNOWN' AS undated, "
        + "count(t) AS n, min(t.dateStart) AS earliest, max(t.dateEnd) AS latest";

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await GraphReads.ActorsAsync(Reader, ids, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await GraphReads.ArticlesAsync(Reader, ids, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticleMetadataAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await GraphReads.ArticleMetadataAsync(Reader, ids, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await GraphReads.TiesByIdAsync(Reader, ids, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var run = Reader;
        var records = await run.RecordsAsync(Statements.Of(ArticlePageQuery, ("after", after ?? ""), ("limit", limit + 1)), cancellationToken).ConfigureAwait(false);
        var total = await run.RecordsAsync(Statements.Of(ArticleCountQuery), cancellationToken).ConfigureAwait(false);
        var articles = records.Select(r => ArticleProperties.Read(PropertyValues.Map(r.GetValue("article")))).ToList();
        var hasMore = articles.Count > limit;
        return new Page<Article>(hasMore ? articles[..limit] : articles, hasMore, Convert.ToInt32(total[0].GetValue("n"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Article>> SearchArticlesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var records = await Reader.RecordsAsync(Statements.Of(ArticleSearchQuery, ("text", text.Trim().ToLowerInvariant()), ("limit", limit)), cancellationToken).ConfigureAwait(false);
        return records.Select(r => ArticleProperties.Read(PropertyValues.Map(r.GetValue("article")))).ToList();
    }

    /// <inheritdoc/>
    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var run = Reader;
        var actors = Enum.GetValues<ActorKind>().ToDictionary(kind => kind, _ => 0);
        foreach (var record in await run.RecordsAsync(Statements.Of(ActorCountsQuery), cancellationToken).ConfigureAwait(false))
        {
            WireNames.TryParse((string?)record.GetValue("kind"), out ActorKind kind);
            actors[kind] += Count(record.GetValue("n"));
        }

        var ties = Enum.GetValues<TieType>().ToDictionary(type => type, _ => 0);
        int retracted = 0, undated = 0;
        string? earliest = null, latest = null;
        foreach (var record in await run.RecordsAsync(Statements.Of(TieCountsQuery), cancellationToken).ConfigureAwait(false))
        {
            var n = Count(record.GetValue("n"));
            if (!(bool)record.GetValue("live")!)
            {
                retracted += n;
                continue;
            }

            WireNames.TryParse((string?)record.GetValue("type"), out TieType type);
            ties[type] += n;
            if ((bool)record.GetValue("undated")!)
            {
                undated += n;
                continue;
            }

            earliest = Earlier(earliest, (string?)record.GetValue("earliest"));
            latest = Later(latest, (string?)record.GetValue("latest"));
        }

        var articles = await run.RecordsAsync(Statements.Of(ArticleCountQuery), cancellationToken).ConfigureAwait(false);
        return new GraphCounts
        {
            ActorsByKind = actors,
            TiesByType = ties,
            Articles = Count(articles[0].GetValue("n")),
            RetractedTies = retracted,
            UndatedTies = undated,
            EarliestDate = earliest is null ? null : DateOnly.ParseExact(earliest, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            LatestDate = latest is null ? null : DateOnly.ParseExact(latest, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static int Count(object? value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    private static string? Earlier(string? a, string? b) => a is null ? b : b is null || string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? Later(string? a, string? b) => a is null ? b : b is null || string.CompareOrdinal(a, b) >= 0 ? a : b;
}
