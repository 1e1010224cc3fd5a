namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A directive applied to a selection or an operation.</summary>
internal sealed class DirectiveModel(string name)
{
    public string Name { get; set; } = name;

    public List<ArgumentModel> Arguments { get; } = [];
}
