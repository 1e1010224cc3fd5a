using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>A JSON string escaping half of a character is a 400 naming the problem, not a 500.</summary>
public sealed class GraphQLRequestReaderTests
{
    [Theory]
    [InlineData("""{"query":"{ actor(id: \"\ud83d\") { id } }"}""")]
    [InlineData("""{"query":"{ stats { ties } }","operationName":"\udc00"}""")]
    public async Task A_string_escaping_half_of_a_character_is_a_400_naming_it(string body)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("surrogate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
