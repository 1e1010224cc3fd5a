using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// Text that would change a query if it were spliced into Cypher goes through every string input and comes back
/// exactly as written, while the rest of the graph stays as it was: every value travels as a parameter.
/// </summary>
[Collection(Neo4jStoreCollection.Name)]
public sealed class InjectionTests(Neo4jStoreFixture server)
{
    public static TheoryData<string> Payloads { get; } = new()
    {
        "'}) DETACH DELETE n //",
        "\" OR 1=1 --",
        "`Actor`) MATCH (n) DETACH DELETE n //",
        "$ids {ids} $param",
        "Ünïcødé ʿAlī 中文 \u202e",
        "line one\nline two\r\n\ttabbed",
        "\\'; MATCH (n) DETACH DELETE n; //",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Every_string_input_is_stored_and_matched_literally_and_leaves_the_graph_otherwise_unchanged(string payload)
    {
        await server.WipeAsync();
        await using var store = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);
        await store.UpsertActorAsync(new Actor { Id = "canary", Kind = ActorKind.Faction, Name = "Canary" });
        var article = await store.AddArticleAsync(new Article
        {
            Id = "report", Title = payload, Publisher = payload, Url = payload, Note = payload, Text = $"Before. {payload} After.",
        });
        var alpha = await store.UpsertActorAsync(new Actor
        {
            Id = "alpha", Kind = ActorKind.Faction, Name = "Alpha " + payload, Aliases = [payload], Description = payload,
        });
        await store.UpsertActorAsync(new Actor { Id = "beta", Kind = ActorKind.Faction, Name = "Beta" });
        await store.UpsertActorAsync(new Actor { Id = "gamma", Kind = ActorKind.Faction, Name = "Gamma" });
        var tie = await store.AddTieAsync(new Tie
        {
            Id = "t-1", Type = TieType.Attacked, Source = "alpha", Target = "beta", Article = "report", Evidence = payload, Location = payload, Note = payload,
        });
        await store.AddAliasAsync("alpha", payload + " 2");
        await store.RetractTieAsync("t-1", payload, payload);
        var merge = await store.MergeActorsAsync("beta", "gamma", payload, payload);

        Assert.Equal(article, (await store.GetArticlesAsync(["report"]))["report"]);
        var stored = (await store.GetActorsAsync(["alpha"]))["alpha"];
        Assert.Equal([.. alpha.Aliases, payload + " 2"], stored.Aliases);
        Assert.Equal(payload, stored.Description);
        var storedTie = (await store.GetTiesByIdAsync(["t-1"]))["t-1"];
        Assert.Equal((tie.Evidence, tie.Location, tie.Note), (storedTie.Evidence, storedTie.Location, storedTie.Note));
        Assert.Equal((payload, payload), (storedTie.Retraction!.Reason, storedTie.Retraction.By));
        Assert.Equal(merge, Assert.Single(await ToListAsync(store.StreamMergesAsync())));

        var found = await store.SearchActorsAsync(new ActorSearch { Text = payload });
        Assert.Equal(payload, Assert.Single(found.Items, m => m.Actor.Id == "alpha").MatchedName);
        Assert.Equal("report", Assert.Single(await store.SearchArticlesAsync(payload, 10)).Id);

        var refusal = await Assert.ThrowsAsync<GraphRuleException>(() => store.UpsertActorAsync(new Actor { Id = payload, Kind = ActorKind.Faction, Name = payload }));
        Assert.Contains(refusal.Violations, v => v.Path == "$.actor.id");
        Assert.Empty(await store.GetActorsAsync([payload]));
        Assert.Empty(await store.GetTiesByIdAsync([payload]));
        Assert.Empty((await store.GetTiesOfArticlesAsync([payload], TieFilter.None)).Keys);
        await Assert.ThrowsAsync<GraphRuleException>(() => store.FindPathsAsync(new PathQuery { From = payload, To = "alpha" }));

        var counts = await store.GetCountsAsync();
        Assert.Equal((3, 1, 1), (counts.ActorsByKind.Values.Sum(), counts.Articles, counts.RetractedTies));
        Assert.Equal(["alpha", "beta", "canary"], (await ToListAsync(store.StreamActorsAsync())).Select(a => a.Id));
        Assert.Equal(["beta", "beta"], (await store.GetActorsAsync(["beta", "gamma"])).Values.Select(a => a.Id));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
