using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Writes GraphQL responses and transport errors, always as UTF-8 JSON in the negotiated media type.</summary>
internal static class GraphQLResponses
{
    public static async Task WriteAsync(HttpContext http, string mediaType, int statusCode, ExecutionResult result)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await ResponseWriter.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A refusal before any GraphQL ran: the status says why, the body names the problem.</summary>
    public static async Task RefuseAsync(HttpContext http, string mediaType, int statusCode, string message, string code)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
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
        await json.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }
}
