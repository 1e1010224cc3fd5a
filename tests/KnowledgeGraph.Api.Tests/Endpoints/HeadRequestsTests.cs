using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Endpoints;

/// <summary>
/// HEAD answers wherever GET does (RFC 9110 9.1: every general-purpose server supports both), with GET's status and
/// headers and no body: load balancers and monitors probe health that way.
/// </summary>
public sealed class HeadRequestsTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/export?format=json")]
    public async Task Head_answers_as_get_does_without_a_body(string path)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_with_bad_export_parameters_is_the_same_400_as_get()
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/export?format=xls", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.BadRequest, head.StatusCode);
    }
}
