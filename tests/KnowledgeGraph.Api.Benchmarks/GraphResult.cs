namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>The medians measured for one query over one graph; the references are set for query (a) only.</summary>
internal sealed record GraphResult(string Query, string Graph, LoadResult Ours)
{
    public LoadResult? Ceiling { get; init; }

    public LoadResult? Peer { get; init; }

    public LoadResult? FixedRate { get; init; }

    /// <value>The median over runs of each run's ours / ceiling in req/s.</value>
    public double? CeilingRatio { get; init; }

    /// <value>The median over runs of each run's ours / peer in req/s.</value>
    public double? PeerRatio { get; init; }
}
