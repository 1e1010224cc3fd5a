using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// One write transaction on the single writer connection. It reads the committed model (only the writer changes the
/// model, and not before committing), hands out row seqs for new rows, and collects the changes the model takes on
/// once the transaction commits.
/// </summary>
internal sealed class WriteSession
{
    private readonly List<Action<GraphModel>> _changes = [];
    private int _nextActor;
    private int _nextArticle;
    private int _nextTie;

    public WriteSession(StoreConnection connection, GraphModel model, TimeProvider time)
    {
        Connection = connection;
        Model = model;
        Time = time;
        Lookup = new TransactionLookup(connection, model);
        _nextActor = model.ActorSlots;
        _nextArticle = model.ArticleSlots;
        _nextTie = model.TieSlots;
    }

    public StoreConnection Connection { get; }

    /// <value>The model as of the last commit.</value>
    public GraphModel Model { get; }

    public TimeProvider Time { get; }

    /// <value>What the rules see of the stored graph, answered inside this transaction.</value>
    public TransactionLookup Lookup { get; }

    public int NewActorIndex() => _nextActor++;

    public int NewArticleIndex() => _nextArticle++;

    public int NewTieIndex() => NewTieIndices(1);

    /// <summary>Reserves <paramref name="count"/> consecutive tie indices and returns the first.</summary>
    public int NewTieIndices(int count)
    {
        var first = _nextTie;
        _nextTie += count;
        return first;
    }

    /// <summary>Queues a change for the model, made only if the transaction commits.</summary>
    public void OnCommit(Action<GraphModel> change) => _changes.Add(change);

    public void ApplyTo(GraphModel model)
    {
        foreach (var change in _changes)
        {
            change(model);
        }

        model.Names.Publish();
    }
}
