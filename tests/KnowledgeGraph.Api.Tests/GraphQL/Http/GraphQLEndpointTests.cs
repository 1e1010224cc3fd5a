using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>A refused request's <c>extensions.code</c> says what its status says, so a client can act on either.</summary>
public sealed class GraphQLEndpointTests
{
    [Fact]
    public async Task A_body_in_another_media_type_is_415_with_the_matching_code()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{\"query\":\"{ stats { ties } }\"}", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await FirstCodeAsync(response));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_the_matching_code()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxRequestBodyBytes"] = "1000" });
        using var client = server.CreateClient();
        var body = "{\"query\":\"{ stats { ties } }\",\"padding\":\"" + new string('x', 2000) + "\"}";

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", await FirstCodeAsync(response));
    }

    private static async Task<string?> FirstCodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
