using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>The HTTP client with a tap on its auto-commit statements, so a store call's Cypher can be replayed bare.</summary>
internal sealed class RecordingClient(INeo4jClient inner) : INeo4jClient
{
    public List<Neo4jStatement>? Recorded { get; set; }

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

    public Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => inner.BeginTransactionAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
