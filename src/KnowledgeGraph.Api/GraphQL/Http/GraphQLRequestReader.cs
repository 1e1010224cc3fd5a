using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Reads a request as the GraphQL-over-HTTP specification lays it out: POST with an <c>application/json</c> body, or
/// GET with <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> in the query string. Every
/// malformed parameter is a 4xx naming the parameter.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async Task<RequestReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadGet(request.Query);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return RequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType,
                "A POST request must have the Content-Type application/json.");
        }

        if (contentType.Charset is { Length: > 0 } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return RequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, $"The request body must be UTF-8 encoded, not {charset}.");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
            }

            var root = body.RootElement;
            return Build(Member(root, "query"), Member(root, "operationName"), Member(root, "variables"), Member(root, "extensions"), isGet: false);
        }
    }

    private static RequestReadResult ReadGet(IQueryCollection query)
    {
        JsonElement variables = default, extensions = default;
        if (query.TryGetValue("variables", out var variablesText) && !TryParseJson(variablesText.ToString(), out variables))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The variables parameter must be a URL-encoded JSON object.");
        }

        if (query.TryGetValue("extensions", out var extensionsText) && !TryParseJson(extensionsText.ToString(), out extensions))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The extensions parameter must be a URL-encoded JSON object.");
        }

        var queryText = query.TryGetValue("query", out var q) ? JsonSerializer.SerializeToElement(q.ToString()) : default;
        var operationName = query.TryGetValue("operationName", out var o) ? JsonSerializer.SerializeToElement(o.ToString()) : default;
        return Build(queryText, operationName, variables, extensions, isGet: true);
    }

    private static RequestReadResult Build(JsonElement query, JsonElement operationName, JsonElement variables, JsonElement extensions, bool isGet)
    {
        if (query.ValueKind != JsonValueKind.String)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest,
                query.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                    ? "The query parameter is missing: send the GraphQL document as a string in \"query\"."
                    : $"The query parameter must be a string, not {Describe(query)}.");
        }

        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The operationName parameter must be a string or null, not {Describe(operationName)}.");
        }

        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The variables parameter must be an object or null, not {Describe(variables)}.");
        }

        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The extensions parameter must be an object or null, not {Describe(extensions)}.");
        }

        var name = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null;
        return RequestReadResult.Ok(new GraphQLHttpRequest(query.GetString()!, string.IsNullOrEmpty(name) ? null : name, Detached(variables), Detached(extensions), isGet));
    }

    // The query and operation name are read as strings while the body is open; only variables and extensions are kept
    // as JSON, so only they are cloned to outlive the body's JsonDocument.
    private static JsonElement Member(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : default;

    private static JsonElement Detached(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? default : value.Clone();

    private static bool TryParseJson(string text, out JsonElement value)
    {
        value = default;
        try
        {
            using var document = JsonDocument.Parse(text);
            value = document.RootElement.Clone();
            return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "a string",
    };
}
