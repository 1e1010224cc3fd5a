using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>The Neo4j benchmark's knobs, read from <c>--name value</c> pairs.</summary>
internal sealed record Neo4jBenchmarkOptions
{
    public int Actors { get; init; } = 10_000;

    /// <value>
    /// Actors per import batch, each batch one transaction with the ties it completes; the default is 10,000. Neo4j
    /// 3.1 holds a transaction's state on the heap: one transaction of the 100k-actor graph (500k ties) filled 6 GB.
    /// </value>
    public int ActorsPerBatch { get; init; } = 10_000;

    /// <value>Timed runs of each operation, after five untimed ones; the default is 100.</value>
    public int Iterations { get; init; } = 100;

    /// <value>
    /// A running server's HTTP base URL (credentials from <c>KG_TEST_NEO4J_USER</c>/<c>_PASSWORD</c>); the default is
    /// <c>KG_TEST_NEO4J_URI</c>, and without either the benchmark starts Neo4j 3.1.1 the way the store's tests do. The
    /// server's graph is replaced.
    /// </value>
    public Uri? Uri { get; init; } = Neo4jTestEnvironment.ExternalServer?.Uri;

    public static Neo4jBenchmarkOptions Parse(IReadOnlyList<string> args) => OptionPairs.Parse(
        args,
        new Neo4jBenchmarkOptions(),
        (options, name, value) => name switch
        {
            "--actors" => options with { Actors = OptionPairs.Number(value) },
            "--iterations" => options with { Iterations = OptionPairs.Number(value) },
            "--batch-actors" => options with { ActorsPerBatch = OptionPairs.Number(value) },
            "--uri" => options with { Uri = new Uri(value, UriKind.Absolute) },
            _ => null,
        },
        "--actors, --batch-actors, --iterations or --uri");
}
