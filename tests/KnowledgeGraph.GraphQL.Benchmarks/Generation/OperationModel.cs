namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>An operation definition: <c>query</c> or <c>mutation</c>, optionally named.</summary>
internal sealed class OperationModel(string operationType)
{
    public string OperationType { get; set; } = operationType;

    public string? Name { get; set; }

    public List<VariableModel> Variables { get; } = [];

    public List<SelectionModel> Selections { get; } = [];
}
