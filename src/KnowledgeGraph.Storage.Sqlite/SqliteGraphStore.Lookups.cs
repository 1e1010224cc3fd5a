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
            var resolved = new List<(string Id, int Seq)>(ids.Count);
            foreach (var id in ids)
            {
                if (model.ResolveActor(id) is var actor and >= 0)
                {
                    resolved.Add((id, GraphModel.SeqOf(actor)));
                }
            }

            var rows = ActorsInOrder(connection, resolved.ConvertAll(r => r.Seq));
            var found = new Dictionary<string, Actor>(resolved.Count, StringComparer.Ordinal);
            for (var i = 0; i < rows.Length; i++)
            {
                found[resolved[i].Id] = rows[i];
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
            var seqs = new List<int>(ids.Count);
            foreach (var id in ids)
            {
                if (model.FindArticle(id) is var article and >= 0)
                {
                    seqs.Add(GraphModel.SeqOf(article));
                }
            }

            var found = new Dictionary<string, ArticleMetadata>(seqs.Count, StringComparer.Ordinal);
            foreach (var row in ArticleMetadataInOrder(connection, seqs))
            {
                found[row.Id] = row;
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
