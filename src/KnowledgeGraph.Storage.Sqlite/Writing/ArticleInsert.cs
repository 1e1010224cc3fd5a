using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Inserts articles through one prepared statement, reused for every row of a write.</summary>
internal sealed class ArticleInsert : IDisposable
{
    private const string Sql =
        "INSERT INTO article (seq, id, title, publisher, url, published_start, published_end, published_precision, note, text) "
        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

    private readonly RawStatement _statement;

    public ArticleInsert(StoreConnection connection)
    {
        _statement = new RawStatement(connection.Connection, Sql);
    }

    public void Run(int seq, Article article)
    {
        _statement.Bind(1, seq);
        _statement.Bind(2, article.Id);
        _statement.Bind(3, article.Title);
        _statement.Bind(4, article.Publisher);
        _statement.Bind(5, article.Url);
        _statement.Bind(6, article.PublishedAt.IsUnknown ? null : article.PublishedAt.Start);
        _statement.Bind(7, article.PublishedAt.IsUnknown ? null : article.PublishedAt.End);
        _statement.Bind(8, DateColumns.Precision(article.PublishedAt));
        _statement.Bind(9, article.Note);
        _statement.Bind(10, article.Text);
        _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
