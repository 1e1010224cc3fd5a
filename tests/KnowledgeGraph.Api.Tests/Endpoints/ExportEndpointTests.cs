using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Endpoints;

public sealed class ExportEndpointTests
{
    [Theory]
    [InlineData("gexf", ".gexf")]
    [InlineData("csv", ".csv.zip")]
    public async Task A_download_is_named_in_the_plain_filename_parameter_too_for_clients_that_ignore_the_encoded_one(string format, string extension)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri($"/export?format={format}&actors=kataib-hezbollah", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.NotNull(disposition.FileName);
        Assert.Matches($"^knowledgegraph-neighbourhood-[0-9]{{8}}T[0-9]{{6}}Z{extension.Replace(".", "\\.", StringComparison.Ordinal)}$", disposition.FileName!.Trim('"'));
        Assert.Equal(disposition.FileName.Trim('"'), disposition.FileNameStar);
    }

    [Theory]
    [InlineData("format=gexf&actors=kataib-hezbollah", HttpStatusCode.OK)]
    [InlineData("format=csv", HttpStatusCode.OK)]
    [InlineData("format=gexf&depth=9", HttpStatusCode.BadRequest)]
    [InlineData("format=gexf&actors=no-such-actor", HttpStatusCode.NotFound)]
    [InlineData("format=json&articles=no-such-article", HttpStatusCode.NotFound)]
    public async Task HEAD_answers_with_the_status_and_headers_of_GET_and_no_body(string query, HttpStatusCode status)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();
        var uri = new Uri("/export?" + query, UriKind.Relative);

        using var get = await client.GetAsync(uri);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition?.DispositionType, head.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
