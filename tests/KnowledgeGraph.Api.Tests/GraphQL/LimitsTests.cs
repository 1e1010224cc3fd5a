using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Depth, cost, size and token limits refuse a request before anything runs, each with a clear error.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_naming_the_depth()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxDepth"] = "6" });

        var response = await server.GraphQL().PostAsync("""
            { actor(id: "kataib-hezbollah") { ties { nodes { source { ties { nodes { target { name } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Query depth 8 exceeds the maximum of 6.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_query_costlier_than_the_limit_is_refused()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxCost"] = "500" });

        var response = await server.GraphQL().PostAsync("{ actors(first: 100) { nodes { id name kind aliases description wikidata } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("Query cost", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_node_cap_of_a_neighbourhood_counts_as_a_page_size_in_the_cost()
    {
        using var server = new ApiServer();

        // Up to 2,000 actors with 100 ties each, every tie with its article's whole text: a cost of 303 before.
        var response = await server.GraphQL().PostAsync("""
            { neighbourhood(actorIds: ["iran"], depth: 3, maxNodes: 2000) { nodes { ties(first: 100) { nodes { article { text } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Query cost 30201 exceeds the maximum of 20000.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_connection_given_no_page_size_costs_its_default_page()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxCost"] = "5000" });

        // Each actor's ties come 20 to a page when no size is given, not one: a cost of 501 before.
        var response = await server.GraphQL().PostAsync("{ actors(first: 100) { nodes { ties { nodes { article { text } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Query cost 6201 exceeds the maximum of 5000.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxRequestBodyBytes"] = "2000" });
        using var client = server.CreateClient();
        var padding = new string(' ', 5000);
        using var content = new StringContent($"{{\"query\":\"{{ stats {{ articles }} }}{padding}\"}}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_refused()
    {
        using var server = new ApiServer(new Dictionary<string, string?> { ["KnowledgeGraph:GraphQL:MaxTokens"] = "50" });
        var fields = string.Join(' ', Enumerable.Repeat("__typename", 60));

        var response = await server.GraphQL().PostAsync($"{{ {fields} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("tokens", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
