using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Writes GraphQL responses and transport errors, always as UTF-8 JSON in the negotiated media type. The body is
/// serialised into a pooled buffer first, so it goes out with a <c>Content-Length</c> in a single write.
/// </summary>
internal static class GraphQLResponses
{
    public static Task WriteAsync(HttpContext http, string mediaType, int statusCode, ExecutionResult result)
    {
        var body = new PooledResponseBuffer();
        try
        {
            ResponseWriter.Write(body, result);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return SendAsync(http, mediaType, statusCode, body);
    }

    /// <summary>A refusal before any GraphQL ran: the status says why, the body names the problem.</summary>
    public static Task RefuseAsync(HttpContext http, string mediaType, int statusCode, string message, string code)
    {
        var body = new PooledResponseBuffer();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", message);
            json.WriteStartObject("extensions");
            json.WriteString("code", code);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return SendAsync(http, mediaType, statusCode, body);
    }

    private static async Task SendAsync(HttpContext http, string mediaType, int statusCode, PooledResponseBuffer body)
    {
        using (body)
        {
            http.Response.StatusCode = statusCode;
            http.Response.ContentType = ResponseMediaType.ContentTypeOf(mediaType);
            http.Response.ContentLength = body.WrittenMemory.Length;
            await http.Response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
