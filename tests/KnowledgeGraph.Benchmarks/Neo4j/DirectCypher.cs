using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>The baseline: the same statements, one POST each to the 3.x auto-commit endpoint with a bare HttpClient, the JSON parsed.</summary>
internal sealed class DirectCypher(Uri server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server };

    public async Task RunAsync(IReadOnlyList<Neo4jStatement> statements)
    {
        foreach (var statement in statements)
        {
            var body = new { statements = new[] { new { statement = statement.Text, parameters = statement.Parameters } } };
            using var response = await _http.PostAsJsonAsync(new Uri("/db/data/transaction/commit", UriKind.Relative), body);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            if (json.RootElement.GetProperty("errors").GetArrayLength() > 0)
            {
                throw new InvalidOperationException(json.RootElement.GetProperty("errors").ToString());
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
