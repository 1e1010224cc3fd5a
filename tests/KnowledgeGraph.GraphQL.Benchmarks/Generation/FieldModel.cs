namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A field selection; <see cref="Selections"/> is null for a leaf.</summary>
internal sealed class FieldModel(string name) : SelectionModel
{
    public string Name { get; set; } = name;

    public string? Alias { get; set; }

    public List<ArgumentModel> Arguments { get; } = [];

    public List<SelectionModel>? Selections { get; set; }
}
