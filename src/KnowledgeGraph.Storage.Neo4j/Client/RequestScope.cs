namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// The life of one HTTP request: its deadline, the caller's cancellation, and the translation of
/// low-level failures into the client's exceptions. Messages name the method and URL only, never
/// headers, so credentials cannot leak into them.
/// </summary>
internal sealed class RequestScope : IDisposable
{
    private readonly CancellationTokenSource deadline;
    private readonly CancellationTokenSource linked;
    private readonly CancellationToken callerToken;
    private readonly TimeSpan timeout;
    private readonly string description;

    public RequestScope(HttpMethod method, Uri uri, TimeSpan timeout, TimeProvider timeProvider, CancellationToken callerToken)
    {
        deadline = new CancellationTokenSource(timeout, timeProvider);
        linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, deadline.Token);
        this.callerToken = callerToken;
        this.timeout = timeout;
        description = $"{method} {uri.GetLeftPart(UriPartial.Path)}";
    }

    public CancellationToken Token => linked.Token;

    /// <summary>Lifts the deadline, for a streamed result that may legitimately outlast it.</summary>
    public void StopDeadline() => deadline.CancelAfter(Timeout.InfiniteTimeSpan);

    public async ValueTask<T> GuardAsync<T>(Func<CancellationToken, ValueTask<T>> operation)
    {
        try
        {
            return await operation(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The Neo4j server did not answer {description} within {timeout.TotalSeconds:0.###} s.", exception);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Nothing reached the server, so sending again is safe: the failure is transient.
            throw new Neo4jException(
                Neo4jErrorClassification.TransientError,
                $"Could not connect to the Neo4j server for {description}: {exception.Message}",
                exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new Neo4jException(
                Neo4jErrorClassification.Unknown,
                $"The connection to the Neo4j server failed during {description}: {exception.Message}",
                exception);
        }
    }

    public void Dispose()
    {
        linked.Dispose();
        deadline.Dispose();
    }
}
