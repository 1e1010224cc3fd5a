using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Which media type the response uses. <c>application/graphql-response+json</c> when the client asks for it
/// (then request errors get 4xx codes); <c>application/json</c> for <c>application/json</c>, <c>*/*</c> or no Accept
/// header; none (406) when the client accepts neither.
/// </summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type header of a response in <paramref name="mediaType"/>: always UTF-8.</summary>
    public static string ContentTypeOf(string mediaType) =>
        mediaType == GraphQLResponse ? GraphQLResponse + "; charset=utf-8" : Json + "; charset=utf-8";

    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();

        // Most clients send exactly one of the two types: answer those without parsing a list of ranges.
        if (accept.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return Json;
        }

        if (accept.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges))
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0)
            {
                continue;
            }

            var type = range.MediaType.ToString();
            var candidate = type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse
                : type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*" ? Json
                : null;
            if (candidate is not null && quality > bestQuality)
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }
}
