namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's HTTP transactional endpoint (3.x <c>/db/data/transaction</c>,
/// 4.0 and later <c>/db/{database}/tx</c>), for where the official driver is not available.
/// </summary>
internal sealed partial class Neo4jHttpClient : INeo4jClient
{
    private readonly Neo4jHttpTransport transport;
    private readonly Neo4jRetryPolicy retryPolicy;
    private readonly string database;
    private readonly SemaphoreSlim discoveryGate = new(1, 1);
    private Neo4jEndpoints? endpoints;

    public Neo4jHttpClient(Neo4jClientOptions options)
        : this(options, null, TimeProvider.System)
    {
    }

    /// <param name="options">The connection settings, read once here: later changes have no effect.</param>
    /// <param name="handler">The HTTP handler to send through, owned by the caller; <see langword="null"/> for a pooled one of the client's own.</param>
    /// <param name="timeProvider">The clock for deadlines and retry delays.</param>
    internal Neo4jHttpClient(Neo4jClientOptions options, HttpMessageHandler? handler, TimeProvider timeProvider)
    {
        Neo4jClientOptionsValidator.Validate(options);
        transport = new Neo4jHttpTransport(options, handler, timeProvider);
        retryPolicy = new Neo4jRetryPolicy(options.MaxRetries, options.RetryBaseDelay, timeProvider);
        database = options.Database;
    }

    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        (await GetEndpointsAsync(cancellationToken).ConfigureAwait(false)).Server;

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
        var autoCommit = (await GetEndpointsAsync(cancellationToken).ConfigureAwait(false)).AutoCommit;
        var body = StatementRequestWriter.Write(statements);

        // A failed auto-commit request was rolled back as a whole, so sending it again is safe.
        var response = await retryPolicy.ExecuteAsync(
            token => transport.ExecuteAsync(HttpMethod.Post, autoCommit, body, token),
            cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    public async Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var transactions = (await GetEndpointsAsync(cancellationToken).ConfigureAwait(false)).Transactions;

        // Opening changes nothing, so a transient failure may be retried; an orphan left by a lost
        // response expires on the server.
        var response = await retryPolicy.ExecuteAsync(
            token => transport.ExecuteAsync(HttpMethod.Post, transactions, StatementRequestWriter.NoStatements, token),
            cancellationToken).ConfigureAwait(false);
        var location = response.Location is { } header
            ? transport.Resolve(header)
            : throw TransactionalResponseParser.Malformed("opening a transaction returned no Location header");
        var commit = response.CommitUri is { } advertised
            ? transport.Resolve(new Uri(advertised))
            : new Uri(location.AbsoluteUri.TrimEnd('/') + "/commit");
        return new Neo4jHttpTransaction(transport, location, commit);
    }

    public ValueTask DisposeAsync()
    {
        transport.Dispose();
        discoveryGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async ValueTask<Neo4jEndpoints> GetEndpointsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref endpoints) is { } known)
        {
            return known;
        }

        await discoveryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (endpoints is { } discoveredMeanwhile)
            {
                return discoveredMeanwhile;
            }

            // A failed discovery is not remembered: the next call asks the server again.
            var discovered = await retryPolicy.ExecuteAsync(
                token => Neo4jDiscovery.DiscoverAsync(transport, database, token),
                cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref endpoints, discovered);
            return discovered;
        }
        finally
        {
            discoveryGate.Release();
        }
    }
}
