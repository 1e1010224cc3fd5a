namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A spread of a named fragment.</summary>
internal sealed class FragmentSpreadModel(string name) : SelectionModel
{
    public string Name { get; set; } = name;
}
