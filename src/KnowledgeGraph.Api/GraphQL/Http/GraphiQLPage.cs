using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// A browser opening <c>/graphql</c> gets GraphiQL, bundled at build time from npm (no CDN): a GET without a
/// <c>query</c> parameter whose Accept header prefers HTML.
/// </summary>
internal static class GraphiQLPage
{
    public static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static async Task ServeAsync(HttpContext http)
    {
        // The page loads its script and posts its queries relative to its own address (so it works under a path
        // base); from /graphql/ those would be /graphql/graphiql.js and /graphql/graphql, and the page stays blank.
        var path = http.Request.Path.Value ?? "";
        if (path.EndsWith('/'))
        {
            http.Response.Redirect($"{http.Request.PathBase}{path.TrimEnd('/')}{http.Request.QueryString}", permanent: true);
            return;
        }

        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var page = environment.WebRootFileProvider.GetFileInfo("graphiql.html");
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("GraphiQL was not built: run `dotnet build` with Node.js available.", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted).ConfigureAwait(false);
    }
}
