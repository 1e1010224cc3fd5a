using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The rules' view of the stored graph, from inside the write transaction. The model answers whether something exists
/// without touching the file; whole rows are read once and remembered, since a batch names the same actors again and
/// again. Only valid before the transaction writes, which is when the rules run.
/// </summary>
internal sealed class TransactionLookup : IGraphLookup
{
    private readonly StoreConnection _connection;
    private readonly GraphModel _model;
    private readonly Dictionary<int, Actor> _actors = [];
    private readonly Dictionary<int, Article> _articles = [];

    public TransactionLookup(StoreConnection connection, GraphModel model)
    {
        _connection = connection;
        _model = model;
    }

    public Actor? FindActor(string id)
    {
        var actor = string.IsNullOrEmpty(id) ? -1 : _model.ResolveActor(id);
        if (actor < 0)
        {
            return null;
        }

        if (!_actors.TryGetValue(actor, out var found))
        {
            found = StoredRows.Actor(_connection, GraphModel.SeqOf(actor));
            _actors[actor] = found;
        }

        return found;
    }

    public bool IsMergedAway(string id) => !string.IsNullOrEmpty(id) && _model.IsMergedAway(id);

    public Article? FindArticle(string id)
    {
        var article = string.IsNullOrEmpty(id) ? -1 : _model.FindArticle(id);
        if (article < 0)
        {
            return null;
        }

        if (!_articles.TryGetValue(article, out var found))
        {
            found = StoredRows.Article(_connection, GraphModel.SeqOf(article));
            _articles[article] = found;
        }

        return found;
    }

    // An empty store answers without a query: a first import of a million ties asks this a million times.
    public Tie? FindTie(string id) => string.IsNullOrEmpty(id) || _model.TieCount == 0 ? null : StoredRows.TieById(_connection, id);
}
