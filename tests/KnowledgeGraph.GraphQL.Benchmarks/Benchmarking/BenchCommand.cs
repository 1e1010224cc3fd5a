namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>The <c>bench</c> command.</summary>
internal static class BenchCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> arguments) => throw new NotSupportedException(string.Join(' ', arguments));
}
