using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// Plays a Neo4j 5 server at <c>http://neo4j.test:7474</c> for tests that need failures a real server
/// will not produce on demand: it answers discovery itself and every other request with the next
/// scripted answer, and records what it was sent.
/// </summary>
internal sealed class ScriptedNeo4jHandler : HttpMessageHandler
{
    public const string DiscoveryDocument = """
        {"bolt_direct":"bolt://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx",
         "neo4j_version":"5.26.0","neo4j_edition":"community"}
        """;

    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> answers = new();

    public List<(HttpMethod Method, Uri Uri, string Body)> Requests { get; } = [];

    /// <summary>Gets an answer that never comes, until the request is cancelled.</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> NeverAnswers { get; } =
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable.");
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Refuses { get; } =
        (_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)");

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(string code, string message) =>
        Json($$"""{"results":[],"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public void Enqueue(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) => answers.Enqueue(answer);

    public void Enqueue(Func<HttpResponseMessage> answer) => answers.Enqueue((_, _) => Task.FromResult(answer()));

    /// <summary>Gets the requests other than discovery.</summary>
    public IEnumerable<(HttpMethod Method, Uri Uri, string Body)> Statements => Requests.Where(r => r.Method != HttpMethod.Get);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request.Method, request.RequestUri!, body));
        }

        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath == "/")
        {
            return Json(DiscoveryDocument);
        }

        return answers.TryDequeue(out var answer)
            ? await answer(request, cancellationToken)
            : throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.");
    }
}
