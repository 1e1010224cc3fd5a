using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>A read naming an actor the graph does not hold says so as writes do: the rule's code and the argument at fault.</summary>
public sealed class QueryArgumentErrorsTests
{
    [Theory]
    [InlineData("""{ paths(from: "kataib-hezbollah", to: "nobody") { length } }""", "to")]
    [InlineData("""{ paths(from: "nobody", to: "kataib-hezbollah") { length } }""", "from")]
    [InlineData("""{ neighbourhood(actorIds: ["kataib-hezbollah", "nobody"]) { truncated } }""", "actorIds[1]")]
    public async Task An_unknown_actor_is_named_by_its_argument_with_the_rule_code(string query, string field)
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync(query);

        var error = response.FirstError;
        Assert.Equal("UNKNOWN_ACTOR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.StartsWith(field + ": no actor has the id \"nobody\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("written", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
