using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The questions a researcher brings to the seed graph, asked over HTTP as a client would.</summary>
public sealed class ResearcherQueriesTests
{
    [Fact]
    public async Task Kataib_Hezbollah_relations_in_November_2023_come_with_their_supporting_sentences()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { actor(id: "kataib-hezbollah") {
                relations(window: { from: "2023-11", to: "2023-11" }) {
                  counterpart { id } relation { type ties { evidence date { value precision } article { publisher } citation(context: 40) { before quote after } } } } } }
            """);

        var relations = data.GetProperty("actor").GetProperty("relations").EnumerateArray().ToArray();
        var meeting = Assert.Single(relations, r => r.GetProperty("counterpart").GetProperty("id").GetString() == "hadi-al-amiri");
        var tie = meeting.GetProperty("relation").GetProperty("ties")[0];
        Assert.Equal("MET_WITH", meeting.GetProperty("relation").GetProperty("type").GetString());
        Assert.Contains("Hizbullah Brigades", tie.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-11-20", tie.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(tie.GetProperty("evidence").GetString(), tie.GetProperty("citation").GetProperty("quote").GetString());
        Assert.All(relations, r => Assert.All(r.GetProperty("relation").GetProperty("ties").EnumerateArray(), t =>
        {
            var value = t.GetProperty("date").GetProperty("value").GetString()!;
            Assert.True(value.StartsWith("2023-11", StringComparison.Ordinal) || value == "2023", $"{value} is outside November 2023");
        }));
    }

    [Fact]
    public async Task The_path_from_Soleimani_to_Sudani_shows_every_tie_and_its_article()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { paths(from: "qassem-soleimani", to: "mohammed-shia-al-sudani", maxLength: 4) {
                length actors { id } steps { from { id } to { id } ties { type evidence article { id } } } } }
            """);

        var paths = data.GetProperty("paths").EnumerateArray().ToArray();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var actors = path.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToArray();
            Assert.Equal("qassem-soleimani", actors[0]);
            Assert.Equal("mohammed-shia-al-sudani", actors[^1]);
            Assert.Equal(paths[0].GetProperty("length").GetInt32(), path.GetProperty("length").GetInt32());
            Assert.All(path.GetProperty("steps").EnumerateArray(), step => Assert.NotEmpty(step.GetProperty("ties").EnumerateArray()));
        }
    }

    [Theory]
    [InlineData("Kataib Hezbollah")]
    [InlineData("kataeb hezbollah")]
    [InlineData("Hizbullah Brigades")]
    [InlineData("KH")]
    [InlineData("hezbollah brig")]
    public async Task Every_spelling_finds_Kataib_Hezbollah(string spelling)
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("query($s: String) { actors(filter: { search: $s }) { nodes { id } } }", new { s = spelling });

        Assert.Contains(data.GetProperty("actors").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "kataib-hezbollah");
    }

    [Fact]
    public async Task The_neighbourhood_is_a_subgraph_shaped_for_graph_views()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { neighbourhood(actorIds: ["kataib-hezbollah"], depth: 2, types: [AFFILIATED_WITH, LEADS], maxNodes: 10) {
                truncated nodes { id kind } relations { id source { id } target { id } type reportCount } ties { id } } }
            """);

        var subgraph = data.GetProperty("neighbourhood");
        var nodes = subgraph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal("kataib-hezbollah", subgraph.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.InRange(nodes.Count, 2, 10);
        Assert.All(subgraph.GetProperty("relations").EnumerateArray(), r =>
        {
            Assert.Contains(r.GetProperty("source").GetProperty("id").GetString(), nodes);
            Assert.Contains(r.GetProperty("target").GetProperty("id").GetString(), nodes);
            Assert.Contains(r.GetProperty("type").GetString(), new[] { "AFFILIATED_WITH", "LEADS" });
        });
    }

    [Fact]
    public async Task Search_ranks_actors_before_articles()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""{ search(text: "Sudani", limit: 10) { rank matched target { __typename } } }""");

        var hits = data.GetProperty("search").EnumerateArray().ToArray();
        Assert.Equal("Actor", hits[0].GetProperty("target").GetProperty("__typename").GetString());
        var ranks = hits.Select(h => h.GetProperty("rank").GetInt32()).ToArray();
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task Stats_count_every_kind_and_type()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("{ stats { actors ties articles actorsByKind { kind count } tiesByType { type count } earliestDate latestDate } }");

        var stats = data.GetProperty("stats");
        Assert.Equal(5, stats.GetProperty("articles").GetInt32());
        Assert.Equal(3, stats.GetProperty("actorsByKind").GetArrayLength());
        Assert.Equal(4, stats.GetProperty("tiesByType").GetArrayLength());
        Assert.Equal(stats.GetProperty("ties").GetInt32(), stats.GetProperty("tiesByType").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task An_article_lists_its_ties_and_the_actors_it_mentions()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { articles(first: 10) { totalCount nodes { id title publisher publishedAt { value precision } note ties(first: 3) { totalCount nodes { id } } actors { id } } } }
            """);

        var articles = data.GetProperty("articles");
        Assert.Equal(5, articles.GetProperty("totalCount").GetInt32());
        Assert.All(articles.GetProperty("nodes").EnumerateArray(), a =>
        {
            Assert.True(a.GetProperty("ties").GetProperty("totalCount").GetInt32() > 0);
            Assert.NotEmpty(a.GetProperty("actors").EnumerateArray());
        });
    }
}
