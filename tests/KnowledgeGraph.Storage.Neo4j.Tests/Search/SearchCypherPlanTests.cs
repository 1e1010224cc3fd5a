using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Search;
using KnowledgeGraph.Storage.Neo4j.Tests.Store;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Search;

/// <summary>
/// A search or listing without the activity filter reads no ties: the server would otherwise evaluate the filter's
/// pattern comprehension (planned as RollUpApply) for every actor it looks at.
/// </summary>
[Collection(Neo4jStoreCollection.Name)]
public sealed class SearchCypherPlanTests(Neo4jStoreFixture server)
{
    public static TheoryData<string> Statements => new() { "search", "open-ended search", "listing page", "listing page between cursors, from the end", "filtered count" };

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Reads_ties_only_when_the_activity_filter_is_asked_for(string statement)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = "brig", ["end"] = "brih", ["kinds"] = Array.Empty<string>(), ["take"] = 21,
            ["afterName"] = "b", ["afterId"] = "a", ["beforeName"] = "x", ["beforeId"] = "a",
        };
        TieFilterCypher.AddParameters(parameters, new TieFilter());

        var plain = await QueryPlans.ExplainAsync(server, Text(statement, active: false), parameters);
        var active = await QueryPlans.ExplainAsync(server, Text(statement, active: true), parameters);

        Assert.DoesNotContain("RollUpApply", plain, StringComparison.Ordinal);
        Assert.Contains("RollUpApply", active, StringComparison.Ordinal);
    }

    private static string Text(string statement, bool active) => statement switch
    {
        "search" => SearchCypher.Search(active),
        "open-ended search" => SearchCypher.OpenEndedSearch(active),
        "listing page" => SearchCypher.ListingPage(active, default),
        "listing page between cursors, from the end" => SearchCypher.ListingPage(active, new ListingBounds(After: true, Before: true, FromEnd: true)),
        _ => SearchCypher.FilteredCount(active),
    };
}
