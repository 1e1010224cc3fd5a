using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>Sends one GraphQL POST and checks the answer is data without errors before anything is measured.</summary>
internal static class GraphQLProbe
{
    public static async Task<(byte[] Bytes, JsonObject Data)> PostAsync(HttpClient http, string url, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(BenchmarkQueries.Body(query), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var body = JsonNode.Parse(bytes);
        if (!response.IsSuccessStatusCode || body?["errors"] is not null || body?["data"] is not JsonObject data)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)} to {query}");
        }

        return (bytes, data);
    }
}
