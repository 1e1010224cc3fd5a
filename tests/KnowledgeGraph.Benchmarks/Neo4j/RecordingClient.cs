using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// The HTTP client with a tap on its auto-commit statements, so a store call's Cypher can be replayed bare, and a
/// stopwatch on its transactions' statements, so a write's time can be broken down.
/// </summary>
internal sealed class RecordingClient(INeo4jClient inner) : INeo4jClient
{
    public List<Neo4jStatement>? Recorded { get; set; }

    /// <summary>Gets the calls and wall time of every statement run in a transaction, by its opening words.</summary>
    public Dictionary<string, (int Calls, TimeSpan Time)> TransactionTimes { get; } = new(StringComparer.Ordinal);

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default)
    {
        Recorded?.Add(statement);
        return inner.RunAsync(statement, cancellationToken);
    }

    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken = default)
    {
        Recorded?.AddRange(statements);
        return inner.RunAsync(statements, cancellationToken);
    }

    public IAsyncEnumerable<Neo4jRecord> StreamAsync(Neo4jStatement statement, CancellationToken cancellationToken = default) => inner.StreamAsync(statement, cancellationToken);

    public async Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        new TimedTransaction(await inner.BeginTransactionAsync(cancellationToken), TransactionTimes);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
