using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Model indices of the actors and articles a batch names: stored ones from the model, new ones as the batch adds them.</summary>
internal sealed class BatchReferences
{
    private readonly GraphModel _model;
    private readonly Dictionary<string, int> _newActors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _newArticles = new(StringComparer.Ordinal);

    public BatchReferences(GraphModel model)
    {
        _model = model;
    }

    /// <summary>The live actor an id names, through merges; -1 when neither stored nor added.</summary>
    public int Actor(string id) => _newActors.TryGetValue(id, out var actor) ? actor : _model.ResolveActor(id);

    /// <summary>The id of the live actor an id names, through merges; null when neither stored nor added.</summary>
    public string? LiveActorId(string id) =>
        _newActors.ContainsKey(id) ? id : _model.ResolveActor(id) is var actor and >= 0 ? _model.ActorId(actor) : null;

    public int Article(string id) => _newArticles.TryGetValue(id, out var article) ? article : _model.FindArticle(id);

    public void AddActor(string id, int index) => _newActors[id] = index;

    public void AddArticle(string id, int index) => _newArticles[id] = index;
}
