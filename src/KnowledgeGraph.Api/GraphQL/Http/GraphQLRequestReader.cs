using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
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

        // A parameter value may be a quoted string (charset="utf-8"), and utf8 is a label of UTF-8 in the WHATWG
        // Encoding Standard that browsers and fetch libraries follow.
        var charset = HeaderUtilities.RemoveQuotes(contentType.Charset);
        if (charset.Length > 0 && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return RequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, $"The request body must be UTF-8 encoded, not {charset}.");
        }

        var body = request.BodyReader;
        var read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (!read.IsCompleted)
        {
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // A body larger than one buffer segment is copied once, so the UTF-8 check sees characters that span segments.
            var bytes = read.Buffer.IsSingleSegment ? read.Buffer.FirstSpan : read.Buffer.ToArray();
            return Utf8.IsValid(bytes)
                ? ReadBody(bytes)
                : RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.");
        }
        catch (JsonException e)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }
        catch (UnpairedSurrogateException e)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, e.Message);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    // The body is read as tokens rather than as a document: the query and operation name are taken as strings, and
    // only variables and extensions, which stay JSON, are parsed into elements. A parameter given twice counts as its
    // last value, as in a JSON document.
    private static RequestReadResult ReadBody(ReadOnlySpan<byte> body)
    {
        var json = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        json.Read();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            EndOfBody(ref json);
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        TextParameter query = default, operationName = default;
        JsonElement variables = default, extensions = default;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("query"u8))
            {
                query = TextParameter.Read(ref json);
            }
            else if (json.ValueTextEquals("operationName"u8))
            {
                operationName = TextParameter.Read(ref json);
            }
            else if (json.ValueTextEquals("variables"u8))
            {
                json.Read();
                variables = JsonElement.ParseValue(ref json);
            }
            else if (json.ValueTextEquals("extensions"u8))
            {
                json.Read();
                extensions = JsonElement.ParseValue(ref json);
            }
            else
            {
                json.Read();
                json.Skip();
            }
        }

        EndOfBody(ref json);
        return Build(query, operationName, variables, extensions, isGet: false);
    }

    // With the whole body given as the final block, a read past the root value throws on anything but the end.
    private static void EndOfBody(ref Utf8JsonReader json) => json.Read();

    private static RequestReadResult ReadGet(IQueryCollection query)
    {
        // A repeated parameter would otherwise arrive as its values joined by commas: a document nobody sent.
        foreach (var parameter in (ReadOnlySpan<string>)["query", "operationName", "variables", "extensions"])
        {
            if (query.TryGetValue(parameter, out var values) && values.Count > 1)
            {
                return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The {parameter} parameter is given more than once.");
            }
        }

        JsonElement variables = default, extensions = default;
        if (query.TryGetValue("variables", out var variablesText) && !TryParseJson(variablesText.ToString(), out variables))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The variables parameter must be a URL-encoded JSON object.");
        }

        if (query.TryGetValue("extensions", out var extensionsText) && !TryParseJson(extensionsText.ToString(), out extensions))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, "The extensions parameter must be a URL-encoded JSON object.");
        }

        var queryText = query.TryGetValue("query", out var q) ? TextParameter.Of(q.ToString()) : default;
        var operationName = query.TryGetValue("operationName", out var o) ? TextParameter.Of(o.ToString()) : default;
        return Build(queryText, operationName, variables, extensions, isGet: true);
    }

    private static RequestReadResult Build(TextParameter query, TextParameter operationName, JsonElement variables, JsonElement extensions, bool isGet)
    {
        if (query.Kind != JsonValueKind.String)
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest,
                query.Kind is JsonValueKind.Undefined or JsonValueKind.Null
                    ? "The query parameter is missing: send the GraphQL document as a string in \"query\"."
                    : $"The query parameter must be a string, not {Describe(query.Kind)}.");
        }

        if (operationName.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The operationName parameter must be a string or null, not {Describe(operationName.Kind)}.");
        }

        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The variables parameter must be an object or null, not {Describe(variables.ValueKind)}.");
        }

        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return RequestReadResult.Fail(StatusCodes.Status400BadRequest, $"The extensions parameter must be an object or null, not {Describe(extensions.ValueKind)}.");
        }

        var name = operationName.Text;
        return RequestReadResult.Ok(new GraphQLHttpRequest(query.Text!, string.IsNullOrEmpty(name) ? null : name, variables, extensions, isGet));
    }

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

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "a string",
    };

    /// <summary>A parameter that must be a string: its JSON kind, and its text when it is one.</summary>
    private readonly record struct TextParameter(JsonValueKind Kind, string? Text)
    {
        public static TextParameter Of(string text) => new(JsonValueKind.String, text);

        /// <summary>Reads the value after a property name; of anything but a string only its kind is kept, for the error.</summary>
        public static TextParameter Read(ref Utf8JsonReader json)
        {
            json.Read();
            if (json.TokenType != JsonTokenType.String)
            {
                return new TextParameter(JsonElement.ParseValue(ref json).ValueKind, null);
            }

            try
            {
                return Of(json.GetString()!);
            }
            catch (InvalidOperationException e)
            {
                // Valid JSON, but the string escapes half of a character (\ud83d alone), which is no text.
                throw new UnpairedSurrogateException(e);
            }
        }
    }

    private sealed class UnpairedSurrogateException(Exception inner)
        : Exception("The request body holds a string that escapes half of a character (an unpaired UTF-16 surrogate such as \\ud83d alone).", inner)
    {
    }
}
