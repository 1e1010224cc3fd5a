using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>A real client that counts the explicit transactions begun through it, to see how a store splits its writes.</summary>
internal sealed class TransactionCountingClient(INeo4jClient inner) : INeo4jClient
{
    private int _transactionsBegun;

    public int TransactionsBegun => Volatile.Read(ref _transactionsBegun);

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) => inner.GetServerInfoAsync(cancellationToken);

    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default) => inner.RunAsync(statement, cancellationToken);

    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken = default) =>
        inner.RunAsync(statements, cancellationToken);

    public IAsyncEnumerable<Neo4jRecord> StreamAsync(Neo4jStatement statement, CancellationToken cancellationToken = default) =>
        inner.StreamAsync(statement, cancellationToken);

    public Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactionsBegun);
        return inner.BeginTransactionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
