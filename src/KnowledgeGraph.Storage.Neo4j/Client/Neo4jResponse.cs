using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A successful HTTP response whose JSON body is read incrementally, within its request's scope.</summary>
internal sealed class Neo4jResponse : IDisposable
{
    private readonly HttpResponseMessage message;
    private readonly RequestScope scope;
    private Stream? body;
    private TransactionalResponseReader? reader;

    public Neo4jResponse(HttpResponseMessage message, RequestScope scope)
    {
        this.message = message;
        this.scope = scope;
    }

    public Uri? Location => message.Headers.Location;

    public void StopDeadline() => scope.StopDeadline();

    public ValueTask<TransactionalResponseEvent?> ReadEventAsync() => scope.GuardAsync(async token =>
    {
        reader ??= new TransactionalResponseReader(await OpenBodyAsync(token).ConfigureAwait(false));
        return await reader.ReadAsync(token).ConfigureAwait(false);
    });

    public ValueTask<JsonDocument> ReadDocumentAsync() => scope.GuardAsync(async token =>
    {
        try
        {
            return await JsonDocument.ParseAsync(await OpenBodyAsync(token).ConfigureAwait(false), default, token)
                .ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw TransactionalResponseParser.Malformed("it is not valid JSON", exception);
        }
    });

    public void Dispose()
    {
        reader?.Dispose();
        body?.Dispose();
        message.Dispose();
        scope.Dispose();
    }

    private async ValueTask<Stream> OpenBodyAsync(CancellationToken token) =>
        body ??= await message.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
}
