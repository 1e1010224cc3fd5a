namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A named fragment definition.</summary>
internal sealed class FragmentModel(string name, string typeCondition)
{
    public string Name { get; set; } = name;

    public string TypeCondition { get; set; } = typeCondition;

    public List<SelectionModel> Selections { get; } = [];
}
