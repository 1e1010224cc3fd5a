using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Sends requests to one Neo4j server over a pooled connection, with basic authentication and a
/// deadline per request, and turns HTTP-level failures into <see cref="Neo4jException"/>s.
/// </summary>
internal sealed class Neo4jHttpTransport : IDisposable
{
    private const int MaxErrorBodyBytes = 64 * 1024;
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient httpClient;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly TimeSpan requestTimeout;
    private readonly TimeProvider timeProvider;

    public Neo4jHttpTransport(Neo4jClientOptions options, HttpMessageHandler? handler, TimeProvider timeProvider)
    {
        BaseUri = options.Uri;
        requestTimeout = options.RequestTimeout;
        this.timeProvider = timeProvider;
        if (options.Password is not null)
        {
            User = options.User;
            authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }

        httpClient = handler is null
            ? new HttpClient(CreatePooledHandler(), disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
    }

    public Uri BaseUri { get; }

    /// <summary>Gets the user the client authenticates as, or <see langword="null"/> when it sends no credentials.</summary>
    public string? User { get; }

    /// <summary>
    /// Resolves a URL the server advertised. Servers advertise the address they listen on, which is not
    /// always the one the client reaches them by (port mappings, containers), so the configured scheme,
    /// host and port win and only the path is taken from the server.
    /// </summary>
    public Uri Resolve(Uri advertised) => advertised.IsAbsoluteUri
        ? new UriBuilder(advertised) { Scheme = BaseUri.Scheme, Host = BaseUri.Host, Port = BaseUri.Port }.Uri
        : new Uri(BaseUri, advertised);

    public async Task<JsonDocument> GetDocumentAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, uri, null, cancellationToken).ConfigureAwait(false);
        return await response.ReadDocumentAsync().ConfigureAwait(false);
    }

    /// <summary>Sends statements (or none) to a transactional endpoint and reads the whole response.</summary>
    /// <exception cref="Neo4jException">The server reported errors; the transaction, if any, is rolled back.</exception>
    public async Task<BufferedResponse> ExecuteAsync(
        HttpMethod method,
        Uri uri,
        ReadOnlyMemory<byte>? body,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, uri, body, cancellationToken).ConfigureAwait(false);
        var results = new List<Neo4jResult>();
        var records = new List<Neo4jRecord>();
        string? commitUri = null;
        while (await response.ReadEventAsync().ConfigureAwait(false) is { } next)
        {
            if (next.Record is { } record)
            {
                records.Add(record);
            }
            else if (next.CompletedColumns is { } columns)
            {
                results.Add(new Neo4jResult(columns.Names, records));
                records = [];
            }
            else if (next.IsError)
            {
                throw Neo4jErrors.ToException(next.Errors, User, refusedAccess: false);
            }
            else
            {
                commitUri = next.CommitUri;
            }
        }

        return new BufferedResponse(results, commitUri, response.Location);
    }

    /// <summary>Sends a request and returns its response once the headers arrive, the body still unread.</summary>
    public async Task<Neo4jResponse> SendAsync(
        HttpMethod method,
        Uri uri,
        ReadOnlyMemory<byte>? body,
        CancellationToken cancellationToken)
    {
        var scope = new RequestScope(method, uri, requestTimeout, timeProvider, cancellationToken);
        try
        {
            var message = await scope.GuardAsync(token => new ValueTask<HttpResponseMessage>(
                httpClient.SendAsync(CreateRequest(method, uri, body), HttpCompletionOption.ResponseHeadersRead, token)))
                .ConfigureAwait(false);
            var response = new Neo4jResponse(message, scope);
            if (message.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await ToFailureAsync(message, method, uri, scope).ConfigureAwait(false);
            }
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void Dispose() => httpClient.Dispose();

    private static SocketsHttpHandler CreatePooledHandler() => new()
    {
        // Recycle connections now and then so a changed DNS entry (a failed-over server) is picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        AutomaticDecompression = DecompressionMethods.None,
    };

    private HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, ReadOnlyMemory<byte>? body)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(JsonMediaType);
        request.Headers.Authorization = authorization;
        if (body is { } content)
        {
            request.Content = new ReadOnlyMemoryContent(content);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    private async Task<Exception> ToFailureAsync(HttpResponseMessage message, HttpMethod method, Uri uri, RequestScope scope)
    {
        var status = (int)message.StatusCode;
        var description = $"HTTP {status} {message.ReasonPhrase} from {method} {uri.GetLeftPart(UriPartial.Path)}";
        if (message.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)
        {
            return new Neo4jException(Neo4jErrorClassification.TransientError, description, null);
        }

        var refusedAccess = message.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        var errors = await scope.GuardAsync(token => ReadErrorsAsync(message, token)).ConfigureAwait(false);
        if (errors is { } reported)
        {
            return Neo4jErrors.ToException(reported, User, refusedAccess);
        }

        return refusedAccess
            ? new Neo4jAuthenticationException(
                User is null ? $"{description}: the server requires credentials and none are configured." : $"{description}: the server refused user '{User}'.")
            : new Neo4jException(Neo4jErrorClassification.Unknown, description, null);
    }

    /// <summary>Reads the <c>errors</c> array Neo4j puts in most failure bodies, if there is one.</summary>
    private static async ValueTask<JsonElement?> ReadErrorsAsync(HttpResponseMessage message, CancellationToken token)
    {
        var bytes = await message.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
        if (bytes.Length is 0 or > MaxErrorBodyBytes)
        {
            return null;
        }

        try
        {
            var document = JsonElement.Parse(bytes);
            return document.ValueKind == JsonValueKind.Object
                && document.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0
                    ? errors
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
