namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Runs Cypher against a Neo4j server. This is the seam between the store and the wire protocol:
/// the HTTP implementation lives here, and an official-driver implementation can replace it.
/// </summary>
/// <remarks>
/// Cypher text never carries values: pass them as statement parameters. Implementations are safe
/// for concurrent use; the transactions they hand out are not.
/// </remarks>
public interface INeo4jClient : IAsyncDisposable
{
    /// <summary>Gets the version of the server, reading it from the server on first use.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The server's version and edition.</returns>
    Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs one statement in its own transaction and buffers its records.</summary>
    /// <param name="statement">The statement and its parameters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The statement's columns and records.</returns>
    /// <exception cref="Neo4jException">The server rejected the statement or could not be reached.</exception>
    /// <exception cref="TimeoutException">The server did not answer within the request timeout.</exception>
    Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs several statements, in order, in one transaction that commits only if all of them succeed.
    /// </summary>
    /// <param name="statements">The statements and their parameters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One result per statement, in the order given.</returns>
    /// <exception cref="Neo4jException">The server rejected a statement or could not be reached.</exception>
    /// <exception cref="TimeoutException">The server did not answer within the request timeout.</exception>
    Task<IReadOnlyList<Neo4jResult>> RunAsync(
        IReadOnlyList<Neo4jStatement> statements,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one statement in its own transaction and yields its records as they arrive,
    /// without holding the whole result in memory.
    /// </summary>
    /// <param name="statement">The statement and its parameters.</param>
    /// <param name="cancellationToken">Cancels the request and stops the stream.</param>
    /// <returns>The records, in the order the server sends them.</returns>
    /// <remarks>
    /// The request timeout bounds the wait for the first record; after that only the
    /// <paramref name="cancellationToken"/> bounds the stream. A statement that fails part-way
    /// throws after the records that preceded the failure.
    /// </remarks>
    IAsyncEnumerable<Neo4jRecord> StreamAsync(Neo4jStatement statement, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction that stays open until committed or rolled back.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The open transaction. Disposing it without committing rolls it back.</returns>
    Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}
