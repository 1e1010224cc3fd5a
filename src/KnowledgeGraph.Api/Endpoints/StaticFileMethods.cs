using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// The web pages and their assets answer GET and HEAD only (the static-file middleware skips every other method).
/// Another method on a path that names one of them is a 405 with <c>Allow</c>, as on the API's own routes, rather
/// than a 404 that says the page does not exist.
/// </summary>
internal static class StaticFileMethods
{
    public static IApplicationBuilder UseStaticFileMethods(this IApplicationBuilder app)
    {
        var webRoot = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return app.Use(async (http, next) =>
        {
            var method = http.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || !NamesAPage(webRoot, http.Request.Path))
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            // Left without a body: the status-code-pages middleware writes the same problem details as other 405s.
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
        });
    }

    private static bool NamesAPage(IFileProvider webRoot, PathString path)
    {
        var value = path.Value ?? "/";
        var file = value.EndsWith('/') ? value + "index.html" : value;
        return webRoot.GetFileInfo(file) is { Exists: true, IsDirectory: false };
    }
}
