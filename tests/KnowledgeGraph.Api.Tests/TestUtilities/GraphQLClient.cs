using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>Posts GraphQL requests to a live server as a client application would.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public string? Credential { get; set; }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (Credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Credential);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    /// <summary>Posts and insists on a clean answer: 200 and no errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && !response.Body.TryGetProperty("errors", out _), response.Raw);
        return response.Body.GetProperty("data");
    }
}

internal sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, string Raw)
{
    public JsonElement FirstError => Body.GetProperty("errors")[0];
}
