using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Liveness (the process answers) and readiness (the store is open and answers a read).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/healthz", ReadMethods.GetAndHead, () => TypedResults.Ok(new HealthReport("ok", null)));
        app.MapMethods("/readyz", ReadMethods.GetAndHead, ReadyAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> ReadyAsync(GraphStoreLifetime lifetime, CancellationToken cancellationToken)
    {
        if (!lifetime.IsReady)
        {
            return TypedResults.Json(new HealthReport("starting", "the graph store is not open yet"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            IGraphStore store = lifetime.Store;
            await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport("ready", null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Json(new HealthReport("unavailable", "the graph store did not answer: " + e.GetType().Name), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    internal sealed record HealthReport(string Status, string? Detail);
}
