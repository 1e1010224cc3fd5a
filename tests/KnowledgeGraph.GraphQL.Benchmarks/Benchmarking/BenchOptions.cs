namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>How each engine is measured: a warm-up, then timed batches whose median is reported.</summary>
internal sealed record BenchOptions
{
    /// <summary>How long each engine runs a workload untimed first. <value>The default is 2,000 ms.</value></summary>
    public int WarmupMs { get; init; } = 2_000;

    /// <summary>How long one timed batch runs. <value>The default is 500 ms.</value></summary>
    public int BatchMs { get; init; } = 500;

    /// <summary>How many timed batches; the median is reported. <value>The default is 9.</value></summary>
    public int Batches { get; init; } = 9;
}
