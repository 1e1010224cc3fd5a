namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A variable definition: name without <c>$</c>, type as written, optional default value text.</summary>
internal sealed class VariableModel(string name, string type)
{
    public string Name { get; set; } = name;

    public string Type { get; set; } = type;

    public string? DefaultValue { get; set; }
}
