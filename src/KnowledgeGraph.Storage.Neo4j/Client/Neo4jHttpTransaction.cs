namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// An open transaction on the HTTP endpoint: statements go to its URL, the commit to its commit URL,
/// and a rollback is a <c>DELETE</c> of its URL. Nothing here is retried: a repeated statement could
/// apply twice and a repeated commit could commit twice.
/// </summary>
internal sealed class Neo4jHttpTransaction : INeo4jTransaction
{
    private const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    private readonly Neo4jHttpTransport transport;
    private readonly Uri transactionUri;
    private readonly Uri commitUri;
    private State state;

    public Neo4jHttpTransaction(Neo4jHttpTransport transport, Uri transactionUri, Uri commitUri)
    {
        this.transport = transport;
        this.transactionUri = transactionUri;
        this.commitUri = commitUri;
    }

    private enum State
    {
        Open,
        Committed,
        RolledBack,
    }

    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(
        IReadOnlyList<Neo4jStatement> statements,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        EnsureOpen();
        var response = await SendAsync(HttpMethod.Post, transactionUri, StatementRequestWriter.Write(statements), cancellationToken)
            .ConfigureAwait(false);
        return response.Results;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        await SendAsync(HttpMethod.Post, commitUri, StatementRequestWriter.NoStatements, cancellationToken).ConfigureAwait(false);
        state = State.Committed;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (state == State.Committed)
        {
            throw new InvalidOperationException("The transaction has been committed; it cannot be rolled back.");
        }

        if (state == State.RolledBack)
        {
            return;
        }

        try
        {
            await SendAsync(HttpMethod.Delete, transactionUri, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException exception) when (exception.Code == TransactionNotFound)
        {
            // The server already dropped it (expired, or rolled back after a failed statement).
        }

        state = State.RolledBack;
    }

    public async ValueTask DisposeAsync()
    {
        if (state != State.Open)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or TimeoutException or ObjectDisposedException)
        {
            // Disposal must not hide the exception that is unwinding; the server expires the
            // transaction on its own if the rollback did not reach it.
        }
    }

    private async Task<BufferedResponse> SendAsync(
        HttpMethod method,
        Uri uri,
        ReadOnlyMemory<byte>? body,
        CancellationToken cancellationToken)
    {
        try
        {
            return await transport.ExecuteAsync(method, uri, body, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException exception) when (exception.Code is not null)
        {
            // Any error the server reports ends the transaction: Neo4j rolls it back. Failures without a
            // code (a lost connection, a timeout) leave its fate unknown, so it stays open for a rollback.
            state = State.RolledBack;
            throw;
        }
    }

    private void EnsureOpen()
    {
        if (state != State.Open)
        {
            throw new InvalidOperationException(state == State.Committed
                ? "The transaction has been committed; start a new one."
                : "The transaction has been rolled back, by the caller or by the server after a failed statement; start a new one.");
        }
    }
}
