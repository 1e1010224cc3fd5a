namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>A request every engine runs repeatedly: its name in the table, the document and its variables.</summary>
internal sealed record Workload(string Name, string Query, IReadOnlyDictionary<string, object?> Variables);
