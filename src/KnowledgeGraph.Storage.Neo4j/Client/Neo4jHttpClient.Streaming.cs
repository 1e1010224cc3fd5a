using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Streaming: records are handed out as the response body arrives.</summary>
internal sealed partial class Neo4jHttpClient
{
    public async IAsyncEnumerable<Neo4jRecord> StreamAsync(
        Neo4jStatement statement,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var autoCommit = (await GetEndpointsAsync(cancellationToken).ConfigureAwait(false)).AutoCommit;
        var body = StatementRequestWriter.Write([statement]);
        var (response, first) = await retryPolicy.ExecuteAsync(
            token => OpenStreamAsync(autoCommit, body, token),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            for (var next = first; next is not null; next = await response.ReadEventAsync().ConfigureAwait(false))
            {
                if (next.Record is { } record)
                {
                    yield return record;
                }
                else if (next.IsError)
                {
                    throw Neo4jErrors.ToException(next.Errors, transport.User, refusedAccess: false);
                }
            }
        }
    }

    /// <summary>
    /// Sends the statement and reads up to its first event, so that a transient failure reported
    /// before any record was handed out can still be retried.
    /// </summary>
    private async Task<(Neo4jResponse Response, TransactionalResponseEvent? First)> OpenStreamAsync(
        Uri autoCommit,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(HttpMethod.Post, autoCommit, body, cancellationToken).ConfigureAwait(false);
        try
        {
            var first = await response.ReadEventAsync().ConfigureAwait(false);
            if (first is { IsError: true })
            {
                throw Neo4jErrors.ToException(first.Errors, transport.User, refusedAccess: false);
            }

            response.StopDeadline();
            return (response, first);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
