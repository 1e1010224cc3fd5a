namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>How a local server spends memory and JIT effort: small and quick to start for tests, or sized for load.</summary>
/// <param name="Heap">The JVM heap, fixed (initial and maximum), such as <c>512m</c>.</param>
/// <param name="PageCache">The store's page cache, such as <c>64m</c>.</param>
/// <param name="QuickStart">
/// Whether to trade throughput for start-up: the serial collector and the C1 compiler only. A benchmark wants the
/// opposite: the full JIT and the parallel collector, which on 3.1 halves the GC time of a large import transaction.
/// </param>
/// <param name="YoungGeneration">
/// The JVM's young generation (<c>-Xmn</c>), or <see langword="null"/> for the collector's own choice.
/// </param>
public sealed record LocalNeo4jMemory(string Heap, string PageCache, bool QuickStart, string? YoungGeneration = null)
{
    /// <summary>Gets the profile of a test server: little data, several servers on a small machine.</summary>
    public static LocalNeo4jMemory Test { get; } = new("512m", "64m", QuickStart: true);

    /// <summary>
    /// Gets the profile of a benchmark server: the 100k-actor graph (about 500k ties) in cache, and a heap for import
    /// transactions of 50k ties, whose state 3.1 keeps on the heap (the whole 500k in one filled 6 GB).
    /// </summary>
    /// <remarks>
    /// An import of 50k ties allocates about 3 GB on the server, and its transaction state lives until the commit. In a
    /// 3 GB heap the young collections that copy that state again and again, and the full collections that follow,
    /// took about a third of the import's wall time; a 4 GB young generation collects about once per import.
    /// </remarks>
    public static LocalNeo4jMemory Benchmark { get; } = new("6g", "1g", QuickStart: false, YoungGeneration: "4g");
}
