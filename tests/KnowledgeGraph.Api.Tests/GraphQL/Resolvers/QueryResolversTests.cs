using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Resolvers;

public sealed class QueryResolversTests
{
    [Fact]
    public async Task A_neighbourhood_of_no_seed_actor_is_refused_naming_the_argument()
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync("{ neighbourhood(actorIds: []) { truncated } }");

        Assert.Equal("Argument \"actorIds\" must name at least one actor.", response.FirstError.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{ neighbourhood(actorIds: ["iran", "no-such-actor"]) { truncated } }""", "actorIds[1]")]
    [InlineData("""{ paths(from: "iran", to: "no-such-actor") { length } }""", "to")]
    [InlineData("""{ paths(from: "no-such-actor", to: "iran") { length } }""", "from")]
    public async Task An_unknown_actor_in_a_read_is_reported_with_its_rule_code_and_argument(string query, string field)
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync(query);

        var error = response.FirstError;
        Assert.Equal($"{field}: no actor has the id \"no-such-actor\".", error.GetProperty("message").GetString());
        Assert.Equal("UNKNOWN_ACTOR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
    }
}
