using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Titles and publishers outrank a match in the body; instr over lower() is case-insensitive for ASCII, which is
    // what search boxes send. The corpus is small next to the tie table: a scan is the honest plan here.
    private const string ArticleSearchSql =
        "SELECT r.seq, r.id, r.title, r.publisher, r.url, r.published_start, r.published_precision, r.note, r.text FROM article AS r " +
        "WHERE instr(lower(coalesce(r.title, '') || ' ' || coalesce(r.publisher, '')), $text) > 0 OR instr(lower(r.text), $text) > 0 " +
        "ORDER BY instr(lower(coalesce(r.title, '') || ' ' || coalesce(r.publisher, '')), $text) = 0, r.id LIMIT $limit";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Article>> SearchArticlesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return ReadAsync<IReadOnlyList<Article>>((connection, _) =>
        {
            var command = connection.Command(ArticleSearchSql);
            command.Parameters.AddWithValue("$text", text.Trim().ToLowerInvariant());
            command.Parameters.AddWithValue("$limit", limit);
            var articles = new List<Article>();
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                articles.Add(ArticleRows.Read(rows).Article);
            }

            return articles;
        }, cancellationToken);
    }
}
