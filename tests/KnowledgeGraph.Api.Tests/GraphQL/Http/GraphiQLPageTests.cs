using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

public sealed class GraphiQLPageTests
{
    [Fact]
    public async Task A_browser_opening_the_endpoint_with_a_trailing_slash_is_sent_to_the_endpoint_itself()
    {
        using var server = new ApiServer();
        using var address = server.CreateClient();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = address.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql/?tab=1", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        // The page loads graphiql.js and posts to graphql relative to its own address: from /graphql/ both miss.
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql?tab=1", response.Headers.Location?.OriginalString);
    }
}
