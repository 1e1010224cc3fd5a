using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync<IReadOnlyDictionary<string, Actor>>((connection, model) =>
        {
            // Rows the cache holds are taken one by one; only the rest are read, in one batch.
            var found = new Dictionary<string, Actor>(ids.Count, StringComparer.Ordinal);
            List<(string Id, int Seq)>? missing = null;
            foreach (var id in ids)
            {
                if (model.ResolveActor(id) is not (var actor and >= 0))
                {
                    continue;
                }

                var seq = GraphModel.SeqOf(actor);
                if (_actorRows.TryGet(seq, out var row))
                {
                    found[id] = row;
                }
                else
                {
                    (missing ??= []).Add((id, seq));
                }
            }

            if (missing is not null)
            {
                var rows = ActorsBySeq(connection, missing.Select(m => m.Seq).Distinct());
                foreach (var (id, seq) in missing)
                {
                    found[id] = rows[seq];
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync<IReadOnlyDictionary<string, Article>>((connection, model) =>
        {
            var seqs = ids.Select(model.FindArticle).Where(article => article >= 0).Distinct().Select(GraphModel.SeqOf);
            return StoredRows.ArticlesBySeq(connection, seqs).Values.ToDictionary(article => article.Id, StringComparer.Ordinal);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticleMetadataAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync<IReadOnlyDictionary<string, ArticleMetadata>>((connection, model) =>
        {
            // Rows the cache holds are taken one by one; only the rest are read, in one batch.
            var found = new Dictionary<string, ArticleMetadata>(ids.Count, StringComparer.Ordinal);
            List<int>? missing = null;
            foreach (var id in ids)
            {
                if (model.FindArticle(id) is not (var article and >= 0))
                {
                    continue;
                }

                if (_articleMetadataRows.TryGet(GraphModel.SeqOf(article), out var row))
                {
                    found[row.Id] = row;
                }
                else
                {
                    (missing ??= []).Add(GraphModel.SeqOf(article));
                }
            }

            if (missing is not null)
            {
                foreach (var row in ArticleMetadataBySeq(connection, missing.Distinct()).Values)
                {
                    found[row.Id] = row;
                }
            }

            return found;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, Tie>> GetTiesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync<IReadOnlyDictionary<string, Tie>>((connection, _) => StoredRows.TiesById(connection, ids.Distinct()), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Page<Article>> ListArticlesAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ReadAsync((connection, model) =>
        {
            var command = connection.Command(ArticleRows.PageAfter);
            command.Parameters.AddWithValue("$after", after ?? "");
            command.Parameters.AddWithValue("$limit", limit + 1);
            var articles = new List<Article>(limit + 1);
            using (var rows = command.ExecuteReader())
            {
                while (rows.Read())
                {
                    articles.Add(ArticleRows.Read(rows).Article);
                }
            }

            var hasMore = articles.Count > limit;
            return new Page<Article>(hasMore ? articles[..limit] : articles, hasMore, model.ArticleCount);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync((_, model) => model.Count(), cancellationToken);
}
