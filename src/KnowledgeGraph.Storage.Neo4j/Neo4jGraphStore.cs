using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Schema;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j: actors and articles as nodes, each tie report as a <c>TIE</c> relationship between its actors,
/// merged-away ids as <c>Redirect</c> nodes and merges as <c>Merge</c> audit nodes (graph-schema/neo4j/README.md).
/// Every statement is parameterised Cypher valid on Neo4j 3.1 and 5.x. Reads are auto-committed, batched over
/// <c>UNWIND</c>; each write checks Core's rules against what it reads inside its own explicit transaction and
/// commits whole or not at all.
/// </summary>
/// <remarks>
/// Writes from one process are serialised so the rules see every earlier write; several processes writing to one
/// database rely on the uniqueness constraints and may race on the rules (a multi-writer setup should route writes
/// to one replica).
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore, IAsyncDisposable
{
    private readonly INeo4jClient _client;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private int _disposed;

    private Neo4jGraphStore(INeo4jClient client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    /// <summary>
    /// Connects, checks the server's version, applies the schema for it and gives actors written before the current
    /// search keys their keys (both idempotently: a start over an up-to-date database writes nothing).
    /// </summary>
    /// <param name="options">The server and credentials.</param>
    /// <param name="timeProvider">The clock that stamps merges and retractions.</param>
    /// <param name="cancellationToken">Cancels connecting, the schema statements and the key backfill (batches committed stay).</param>
    /// <exception cref="NotSupportedException">The server is a 4.x before 4.4, whose schema syntax is not covered.</exception>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var client = new Neo4jHttpClient(new Neo4jClientOptions
        {
            Uri = options.Uri,
            User = options.User,
            Password = options.Password,
            Database = options.Database,
        });
        return await OpenAsync(client, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the store over a client it then owns (disposes); for measuring the store against the bare client.</summary>
    internal static async Task<Neo4jGraphStore> OpenAsync(INeo4jClient client, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
            await SchemaDdl.ApplyAsync(client, server, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var store = new Neo4jGraphStore(client, timeProvider);
        try
        {
            await store.BackfillNameKeysAsync(NameKeyBackfill.DefaultBatchSize, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for a write in progress, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _writeGate.WaitAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
        _writeGate.Dispose();
    }

    private CypherRunner Reader
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            return _client.RunAsync;
        }
    }

    /// <summary>Runs a write in one explicit transaction; if it throws, the transaction rolls back and nothing is kept.</summary>
    private async Task<T> WriteAsync<T>(Func<CypherRunner, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
            var transaction = await _client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await write(transaction.RunAsync).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
