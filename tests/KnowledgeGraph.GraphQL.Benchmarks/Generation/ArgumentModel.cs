namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>An argument of a field or directive; <see cref="Value"/> is GraphQL text, e.g. <c>$v1</c> or <c>{id: "b1"}</c>.</summary>
internal sealed class ArgumentModel(string name, string value)
{
    public string Name { get; set; } = name;

    public string Value { get; set; } = value;
}
