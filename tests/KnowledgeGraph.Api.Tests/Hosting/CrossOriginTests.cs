using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class CrossOriginTests
{
    private const string DevServer = "http://localhost:3000";

    [Fact]
    public async Task Without_configured_origins_a_cross_origin_request_gets_no_grant()
    {
        using var server = new ApiServer();
        using var response = await PostQueryAsync(server, DevServer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_passes_the_preflight_of_a_query_sent_with_an_api_key()
    {
        using var server = new ApiServer(Origins(DevServer));
        using var client = server.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", DevServer);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DevServer, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var headers = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Contains("x-api-key", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content-type", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", Assert.Single(response.Headers.GetValues("Access-Control-Max-Age")));
    }

    [Fact]
    public async Task A_configured_origin_is_granted_and_another_is_not()
    {
        using var server = new ApiServer(Origins(DevServer, "https://analysis.example.org"));

        using var granted = await PostQueryAsync(server, DevServer);
        using var refused = await PostQueryAsync(server, "http://elsewhere.example");

        Assert.Equal(DevServer, Assert.Single(granted.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Origin", granted.Headers.Vary);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Any_origin_may_download_an_export_and_read_its_file_name()
    {
        using var server = new ApiServer(Origins("*"));
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export?format=json");
        request.Headers.Add("Origin", DevServer);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Content-Disposition", string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost:3000", "KnowledgeGraph:Cors:AllowedOrigins:0")]
    [InlineData("http://localhost:3000/app", "KnowledgeGraph:Cors:AllowedOrigins:0")]
    [InlineData("ftp://files.example.org", "KnowledgeGraph:Cors:AllowedOrigins:0")]
    public void An_entry_that_is_not_a_bare_origin_stops_the_service_naming_it(string entry, string key)
    {
        var error = ApiServer.StartupError(Origins(entry));

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(entry, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wildcard_beside_listed_origins_stops_the_service()
    {
        var error = ApiServer.StartupError(Origins(DevServer, "*"));

        Assert.Contains("KnowledgeGraph:Cors:AllowedOrigins:1", error.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Origins(params string[] origins) =>
        origins.Select((origin, i) => (Key: $"KnowledgeGraph:Cors:AllowedOrigins:{i}", Value: (string?)origin)).ToDictionary(p => p.Key, p => p.Value);

    private static async Task<HttpResponseMessage> PostQueryAsync(ApiServer server, string origin)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
