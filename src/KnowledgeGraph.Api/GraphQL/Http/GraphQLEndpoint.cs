using KnowledgeGraph.Api.Security;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> as the GraphQL-over-HTTP specification asks: POST and GET, <c>application/graphql-response+json</c>
/// and <c>application/json</c>, 4xx for malformed requests, 400 (or 200 under <c>application/json</c>) for documents
/// that do not parse or validate, 405 for mutations over GET, 401/403 for writes without an editor credential.
/// </summary>
internal sealed class GraphQLEndpoint(
    GraphQLRequestExecutor executor,
    CredentialValidator credentials,
    IGraphStore store,
    TimeProvider time,
    IOptions<GraphQLOptions> options)
{
    public async Task HandleAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        }

        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            await GraphQLResponses.RefuseAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable,
                $"The response can be {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}; the Accept header allows neither.", "NOT_ACCEPTABLE").ConfigureAwait(false);
            return;
        }

        var principal = await credentials.AuthenticateAsync(http.Request).ConfigureAwait(false);
        if (principal is null || !principal.CanRead(credentials.RequireKeyForReads))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await GraphQLResponses.RefuseAsync(http, mediaType, StatusCodes.Status401Unauthorized,
                principal is null ? "The credential is not valid." : "Reads need an API key or token on this server.", "UNAUTHENTICATED").ConfigureAwait(false);
            return;
        }

        RequestReadResult read;
        try
        {
            read = await GraphQLRequestReader.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            read = RequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {options.Value.MaxRequestBodyBytes} bytes.");
        }

        if (read.Request is not { } request)
        {
            // The code says what the status says: a client switching on it must not take a 413 or 415 for a malformed request.
            var code = read.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "PAYLOAD_TOO_LARGE",
                StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
                _ => "BAD_REQUEST",
            };
            await GraphQLResponses.RefuseAsync(http, mediaType, read.StatusCode, read.Problem!, code).ConfigureAwait(false);
            return;
        }

        if (executor.OperationTypeOf(request.Query, request.OperationName) == OperationType.Mutation && await RefuseWriteAsync(http, mediaType, request, principal).ConfigureAwait(false))
        {
            return;
        }

        var result = await executor.ExecuteAsync(
            new GraphQLRequest
            {
                Query = request.Query,
                OperationName = request.OperationName,
                VariableValues = ExecutionRequest.VariablesFromJson(request.Variables),
                UserContext = new GraphRequestContext(store, principal, time),
                Services = http.RequestServices,
            },
            http.RequestAborted).ConfigureAwait(false);

        // A request error (no data entry) is a 400 for clients that speak graphql-response+json; plain JSON clients
        // get 200, as the specification asks for compatibility.
        var status = result.HasData || mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await GraphQLResponses.WriteAsync(http, mediaType, status, result).ConfigureAwait(false);
    }

    private static async Task<bool> RefuseWriteAsync(HttpContext http, string mediaType, GraphQLHttpRequest request, RequestPrincipal principal)
    {
        if (request.IsGet)
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLResponses.RefuseAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return true;
        }

        if (principal.IsEditor)
        {
            return false;
        }

        if (principal.Role == AccessRole.Anonymous)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await GraphQLResponses.RefuseAsync(http, mediaType, StatusCodes.Status401Unauthorized, "Writes need an editor API key or token.", "UNAUTHENTICATED").ConfigureAwait(false);
        }
        else
        {
            await GraphQLResponses.RefuseAsync(http, mediaType, StatusCodes.Status403Forbidden, $"\"{principal.Name}\" may read but not write.", "FORBIDDEN").ConfigureAwait(false);
        }

        return true;
    }
}
