using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>The baseline: the same statements, one POST each to the auto-commit endpoint with a bare HttpClient, the JSON parsed.</summary>
internal sealed class DirectCypher : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _commit;

    public DirectCypher(Neo4jClientOptions options, Neo4jServerInfo server)
    {
        _http = new HttpClient { BaseAddress = options.Uri };
        if (options.Password is { } password)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{password}")));
        }

        _commit = new Uri(server.Version.Major == 3 ? "/db/data/transaction/commit" : $"/db/{options.Database}/tx/commit", UriKind.Relative);
    }

    public async Task RunAsync(IReadOnlyList<Neo4jStatement> statements)
    {
        foreach (var statement in statements)
        {
            var body = new { statements = new[] { new { statement = statement.Text, parameters = statement.Parameters } } };
            using var response = await _http.PostAsJsonAsync(_commit, body);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            if (json.RootElement.GetProperty("errors").GetArrayLength() > 0)
            {
                throw new InvalidOperationException(json.RootElement.GetProperty("errors").ToString());
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
