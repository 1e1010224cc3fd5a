namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Sends a request again when it failed transiently, waiting exponentially longer each time.
/// Callers use it only for requests that are safe to repeat.
/// </summary>
internal sealed class Neo4jRetryPolicy
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    private readonly int maxRetries;
    private readonly TimeSpan baseDelay;
    private readonly TimeProvider timeProvider;

    public Neo4jRetryPolicy(int maxRetries, TimeSpan baseDelay, TimeProvider timeProvider)
    {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.timeProvider = timeProvider;
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException exception) when (exception.IsTransient && retry < maxRetries)
            {
                await Task.Delay(DelayBefore(retry), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (from 0): the base delay doubled per retry,
    /// capped, of which the upper half is random so that clients failing together do not retry together.
    /// </summary>
    public TimeSpan DelayBefore(int retry)
    {
        var exponential = Math.Min(baseDelay.Ticks * Math.Pow(2, retry), MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)((exponential / 2) + (Random.Shared.NextDouble() * exponential / 2)));
    }
}
