using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task The_service_is_live_and_ready_once_the_seed_is_loaded()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await client.GetFromJsonAsync<JsonElement>(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.StartsWith("http://127.0.0.1:", client.BaseAddress!.ToString(), StringComparison.Ordinal);
    }
}
