using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// The HTTP ceiling: a minimal Kestrel endpoint in this process that answers every POST /graphql with fixed bytes
/// (our API's own answer to query a), so the gap to it is what GraphQL execution costs.
/// </summary>
internal static class CeilingServer
{
    public static async Task<(WebApplication App, string Url)> StartAsync(byte[] answer)
    {
        var port = ChildProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        return (app, $"http://127.0.0.1:{port}/graphql");
    }
}
