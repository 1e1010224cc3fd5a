using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Endpoints;

/// <summary>The web pages exist for GET and HEAD only: another method on them is a 405 that says which ones work, not a 404.</summary>
public sealed class StaticFileMethodsTests
{
    [Theory]
    [InlineData("PUT", "/")]
    [InlineData("POST", "/")]
    [InlineData("DELETE", "/index.html")]
    [InlineData("PATCH", "/app.js")]
    public async Task Another_method_on_a_page_is_405_allowing_get_and_head(string method, string path)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_path_that_names_no_page_stays_404_whatever_the_method()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri("/no-such-page.html", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
