namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>An inline fragment, with or without a type condition.</summary>
internal sealed class InlineFragmentModel(string? typeCondition) : SelectionModel
{
    public string? TypeCondition { get; set; } = typeCondition;

    public List<SelectionModel> Selections { get; } = [];
}
