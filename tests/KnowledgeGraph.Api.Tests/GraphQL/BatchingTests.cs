using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>No N+1: the store round trips of a request depend on the depth of its selection, not on how much it returns.</summary>
public sealed class BatchingTests
{
    private const string DeepQuery = """
        query($n: Int) { actors(first: $n, orderBy: NAME) { nodes {
          name
          ties(first: 10) { nodes { type source { name } target { name kind } article { title publishedAt { value } } } }
          relations { counterpart { name } relation { reportCount articles { title } ties { evidence } } }
        } } }
        """;

    [Fact]
    public async Task A_deep_query_costs_the_same_round_trips_for_five_actors_as_for_a_hundred()
    {
        using var server = new ApiServer(countStoreCalls: true);
        var client = server.GraphQL();

        server.CountingStore.Reset();
        var few = await client.QueryAsync(DeepQuery, new { n = 5 });
        var callsForFew = server.CountingStore.Calls;
        server.CountingStore.Reset();
        var many = await client.QueryAsync(DeepQuery, new { n = 100 });
        var callsForMany = server.CountingStore.Calls;

        Assert.Equal(5, few.GetProperty("actors").GetProperty("nodes").GetArrayLength());
        Assert.True(many.GetProperty("actors").GetProperty("nodes").GetArrayLength() > 50);
        Assert.Equal(callsForFew, callsForMany);
        Assert.InRange(callsForMany, 1, 10);
    }
}
