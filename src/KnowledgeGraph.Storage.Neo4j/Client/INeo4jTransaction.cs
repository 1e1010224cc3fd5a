namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// An explicit Neo4j transaction. Statements run in it see each other's writes; nothing is visible
/// to others until <see cref="CommitAsync"/>. Not safe for concurrent use.
/// </summary>
/// <remarks>
/// A statement that fails makes the server roll the whole transaction back; after that the
/// transaction accepts no more statements. Disposing an uncommitted transaction rolls it back.
/// </remarks>
public interface INeo4jTransaction : IAsyncDisposable
{
    /// <summary>Runs one statement in this transaction and buffers its records.</summary>
    /// <param name="statement">The statement and its parameters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The statement's columns and records.</returns>
    Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default);

    /// <summary>Runs several statements, in order, in this transaction.</summary>
    /// <param name="statements">The statements and their parameters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One result per statement, in the order given.</returns>
    Task<IReadOnlyList<Neo4jResult>> RunAsync(
        IReadOnlyList<Neo4jStatement> statements,
        CancellationToken cancellationToken = default);

    /// <summary>Commits the transaction. A failed commit is never retried automatically.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the server has committed.</returns>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls the transaction back. Does nothing if the server already rolled it back.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the server has rolled back.</returns>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
