using KnowledgeGraph.Api.Security;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// <c>GET /export?format=...</c>: the whole graph, or a subgraph chosen by actors + depth + types + window or by
/// articles, streamed in an analyst's format. Bad parameters are a 400 problem listing each one with the reason.
/// <c>HEAD</c> (which RFC 9110 requires wherever GET is served) answers with GET's status and headers: the parameters
/// are checked and the named actors and articles looked up, but nothing is exported.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/export", ReadMethods.GetAndHead, ExportAsync);
        return app;
    }

    private static async Task ExportAsync(HttpContext http, IGraphStore store, TimeProvider time, CredentialValidator credentials)
    {
        var principal = await credentials.AuthenticateAsync(http.Request).ConfigureAwait(false);
        if (principal is null || !principal.CanRead(credentials.RequireKeyForReads))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key or token is needed to export.").ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var parameters = http.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
        var parsed = GraphExporters.TryParseRequest(parameters, out var request, out var errors);
        var problems = http.Request.Query.Where(p => p.Value.Count > 1).Select(p => new ExportParameterError(p.Key, "is given more than once"))
            .Concat(errors)
            .ToArray();
        if (!parsed || problems.Length > 0)
        {
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The export parameters are not valid.",
                detail: string.Join("; ", problems.Select(p => p.ToString())),
                extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new { parameter = p.Parameter, message = p.Message }).ToArray() })
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var exportedAt = time.GetUtcNow();
        http.Response.ContentType = request!.Exporter.ContentType + (request.Exporter.ContentType.StartsWith("application/zip", StringComparison.Ordinal) ? "" : "; charset=utf-8");
        // Both filename and filename* (RFC 6266): curl -J and other clients read only the plain one.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(request.Exporter.FileNameFor(request.Selection, exportedAt));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        try
        {
            if (HttpMethods.IsHead(http.Request.Method))
            {
                await SelectedIds.RequireKnownAsync(store, request.Selection, http.RequestAborted).ConfigureAwait(false);
                return;
            }

            await request.Exporter.WriteAsync(store, request.Selection, http.Response.Body, exportedAt, http.RequestAborted).ConfigureAwait(false);
        }
        catch (ExportSelectionException unknown) when (!http.Response.HasStarted)
        {
            // An unknown actor or article is found before the first byte is written: answer 404 naming it.
            http.Response.Headers.Remove(HeaderNames.ContentDisposition);
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The selection names something the graph does not hold.", detail: unknown.Message)
                .ExecuteAsync(http).ConfigureAwait(false);
        }
    }
}
