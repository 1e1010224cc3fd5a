using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Editors' writes: each applies whole or not at all, and a broken rule names its code and input path.</summary>
public sealed class MutationTests
{
    private const string AddArticle = """
        mutation($input: ArticleInput!) { addArticle(input: $input) { id publishedAt { value precision } } }
        """;

    private const string AddTie = """
        mutation($input: TieInput!) { addTie(input: $input) { id type source { id } target { id } date { value precision } } }
        """;

    [Fact]
    public async Task A_new_article_and_a_tie_quoting_it_are_written()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        await client.QueryAsync(AddArticle, new { input = new { id = "wire-report", publisher = "A wire", publishedAt = "2024-01", text = "Kataib Hezbollah met Badr commanders in Baghdad." } });

        var data = await client.QueryAsync(AddTie, new
        {
            input = new { type = "MET_WITH", source = "kataib-hezbollah", target = "badr-organization", article = "wire-report", date = "2024-01", evidence = "Kataib Hezbollah met Badr commanders in Baghdad." },
        });

        var tie = data.GetProperty("addTie");
        Assert.Equal("MONTH", tie.GetProperty("date").GetProperty("precision").GetString());
        var again = await client.QueryAsync(AddTie, new
        {
            input = new { type = "MET_WITH", source = "badr-organization", target = "kataib-hezbollah", article = "wire-report", date = "2024-01", evidence = "Kataib Hezbollah met Badr commanders in Baghdad." },
        });
        Assert.Equal(tie.GetProperty("id").GetString(), again.GetProperty("addTie").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""retractTie(id: "no-such-tie", reason: "wrong") { id }""", "UNKNOWN_TIE", "id")]
    [InlineData("""retractTie(id: "a000-001", reason: " ") { id }""", "REQUIRED", "reason")]
    [InlineData("""mergeActors(keepId: "no-such-actor", mergeId: "iran", reason: "one") { mergedId }""", "UNKNOWN_ACTOR", "keepId")]
    [InlineData("""mergeActors(keepId: "iran", mergeId: "no-such-actor", reason: "one") { mergedId }""", "UNKNOWN_ACTOR", "mergeId")]
    [InlineData("""mergeActors(keepId: "iran", mergeId: "iraq", reason: "") { mergedId }""", "REQUIRED", "reason")]
    [InlineData("""addAlias(actorId: "no-such-actor", alias: "Someone") { id }""", "UNKNOWN_ACTOR", "actorId")]
    [InlineData("""addAlias(actorId: "iran", alias: " ") { id }""", "REQUIRED", "alias")]
    [InlineData("""removeAlias(actorId: "no-such-actor", alias: "Someone") { id }""", "UNKNOWN_ACTOR", "actorId")]
    public async Task A_broken_rule_of_a_mutation_with_plain_arguments_names_the_argument(string mutation, string code, string field)
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(Credentials.EditorKey).PostAsync($"mutation {{ {mutation} }}");

        var extensions = response.FirstError.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        Assert.Equal(field, extensions.GetProperty("field").GetString());
        Assert.StartsWith($"{field}: ", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_not_in_the_article_is_refused_with_its_code_and_path_and_nothing_is_written()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        var before = await client.QueryAsync("{ stats { ties } }");

        var response = await client.PostAsync(AddTie, new
        {
            input = new { type = "ATTACKED", source = "kataib-hezbollah", target = "us-military", article = "memri-jttm-iraqi-militias-iran-2024", evidence = "Kataib Hezbollah attacked the base." },
        });

        var error = response.FirstError;
        Assert.Equal("EVIDENCE_NOT_IN_ARTICLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.evidence", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        Assert.Equal(before.GetRawText(), (await client.QueryAsync("{ stats { ties } }")).GetRawText());
    }

    [Fact]
    public async Task Leads_from_a_faction_is_refused_naming_the_source()
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(Credentials.EditorKey).PostAsync(AddTie, new
        {
            input = new { type = "LEADS", source = "kataib-hezbollah", target = "popular-mobilization-forces", article = "memri-jttm-iraqi-militias-iran-2024", evidence = "Hizbullah Brigades" },
        });

        Assert.Equal("LEADS_FROM_NON_PERSON", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.source", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_date_that_disagrees_with_its_precision_is_refused()
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(Credentials.EditorKey).PostAsync(AddTie, new
        {
            input = new { type = "MET_WITH", source = "kataib-hezbollah", target = "hadi-al-amiri", article = "memri-jttm-iraqi-militias-iran-2024", date = "2023-11", datePrecision = "DAY", evidence = "Hizbullah Brigades" },
        });

        Assert.Equal("INVALID_DATE", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.date", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_merged_away_id_keeps_resolving_to_the_kept_actor()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        await client.QueryAsync("""mutation { upsertActor(input: { id: "kataeb-hezbollah-dup", kind: FACTION, name: "Kataeb Hezbollah (duplicate)" }) { id } }""");

        var merged = await client.QueryAsync("""
            mutation { mergeActors(keepId: "kataib-hezbollah", mergeId: "kataeb-hezbollah-dup", reason: "same group") { kept { id aliases } mergedId by } }
            """);
        var resolved = await client.QueryAsync("""{ actor(id: "kataeb-hezbollah-dup") { id merges { mergedId by reason } } }""");

        Assert.Equal("alice", merged.GetProperty("mergeActors").GetProperty("by").GetString());
        Assert.Contains(merged.GetProperty("mergeActors").GetProperty("kept").GetProperty("aliases").EnumerateArray(), a => a.GetString() == "Kataeb Hezbollah (duplicate)");
        Assert.Equal("kataib-hezbollah", resolved.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("same group", resolved.GetProperty("actor").GetProperty("merges")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_import_with_one_bad_row_writes_nothing_and_lists_every_problem()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        var document = new
        {
            articles = new[] { new { id = "new-report", text = "Badr met the PMF." } },
            actors = new[] { new { id = "new-actor", kind = "FACTION", name = "New Actor" } },
            ties = new object[]
            {
                new { type = "MET_WITH", source = "badr-organization", target = "popular-mobilization-forces", article = "new-report", evidence = "Badr met the PMF." },
                new { type = "ATTACKED", source = "new-actor", target = "nobody", article = "new-report", evidence = "not there" },
            },
        };

        var response = await client.PostAsync("mutation($d: JSON!) { importDocument(document: $d) { tiesAdded } }", new { d = document });
        var after = await client.QueryAsync("""{ article(id: "new-report") { id } actor(id: "new-actor") { id } }""");

        var violations = response.FirstError.GetProperty("extensions").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("field").GetString()).ToArray();
        Assert.Contains("document.ties[1].target", violations);
        Assert.Contains("document.ties[1].evidence", violations);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("article").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("actor").ValueKind);
    }

    [Fact]
    public async Task A_retracted_tie_leaves_reads_unless_asked_for()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        await client.QueryAsync("""mutation { retractTie(id: "a003-010", reason: "misattributed") { id } }""");

        var data = await client.QueryAsync("""
            { actor(id: "kataib-hezbollah") { live: ties(first: 100) { nodes { id } } all: ties(first: 100, includeRetracted: true) { nodes { id retraction { reason } } } } }
            """);

        var actor = data.GetProperty("actor");
        Assert.DoesNotContain(actor.GetProperty("live").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "a003-010");
        Assert.Contains(actor.GetProperty("all").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "a003-010");
    }

    [Fact]
    public async Task Evidence_escaping_half_of_a_character_is_refused_and_nothing_is_written()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);
        await client.QueryAsync("""mutation { addArticle(input: { id: "emoji-report", text: "Strike \uD83D\uDE42 on the base." }) { id } }""");
        // Written by hand: a JSON serializer would not send half of a character, but any client can.
        const string body = """
            {"query":"mutation($input: TieInput!) { addTie(input: $input) { id } }",
             "variables":{"input":{"type":"ATTACKED","source":"kataib-hezbollah","target":"badr-organization","article":"emoji-report","evidence":"\ud83d"}}}
            """;
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Credentials.EditorKey);

        using var response = await http.SendAsync(request);

        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("input.evidence", error.GetProperty("extensions").GetProperty("field").GetString());
        var ties = await client.QueryAsync("""{ article(id: "emoji-report") { ties(first: 10) { totalCount } } }""");
        Assert.Equal(0, ties.GetProperty("article").GetProperty("ties").GetProperty("totalCount").GetInt32());
    }
}
