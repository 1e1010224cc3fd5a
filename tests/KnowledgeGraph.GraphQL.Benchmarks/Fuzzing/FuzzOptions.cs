namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>How long and how hard to fuzz, and what counts as a violation.</summary>
internal sealed record FuzzOptions
{
    /// <summary>How many requests to run. <value>The default is 100,000.</value></summary>
    public int Count { get; init; } = 100_000;

    /// <summary>The seed of every random choice; the same seed gives the same requests. <value>The default is 1.</value></summary>
    public int Seed { get; init; } = 1;

    /// <summary>The longest one request may take. <value>The default is 1,000 ms.</value></summary>
    public int TimeLimitMs { get; init; } = 1_000;

    /// <summary>The largest peak working set allowed. <value>The default is 1,024 MB.</value></summary>
    public int MemoryLimitMb { get; init; } = 1_024;
}
