using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>
/// Parameters the reader cannot take as they are: a GET parameter given twice is refused, not joined into a new
/// document; a JSON string escaping half of a character is a 400, not a 500.
/// </summary>
public sealed class GraphQLRequestReaderTests
{
    [Theory]
    [InlineData("query=%7B%20stats%20%7B%20ties%20%7D%20%7D&query=%7B%20x%20%7D", "query")]
    [InlineData("query=%7B%20stats%20%7B%20ties%20%7D%20%7D&operationName=a&operationName=b", "operationName")]
    [InlineData("query=%7B%20stats%20%7B%20ties%20%7D%20%7D&variables=%7B%7D&variables=%7B%7D", "variables")]
    [InlineData("query=%7B%20stats%20%7B%20ties%20%7D%20%7D&extensions=%7B%7D&extensions=%7B%7D", "extensions")]
    public async Task A_get_parameter_given_twice_is_a_400_naming_it(string queryString, string parameter)
    {
        using var server = new ApiServer();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?" + queryString, UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"The {parameter} parameter is given more than once", body, StringComparison.Ordinal);
    }

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
