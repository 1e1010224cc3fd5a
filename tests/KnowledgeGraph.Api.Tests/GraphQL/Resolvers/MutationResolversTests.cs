using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Resolvers;

/// <summary>An actor written without an id gets one from its name only when the name's letters all fit in an id.</summary>
public sealed class MutationResolversTests
{
    [Fact]
    public async Task A_name_in_another_script_asks_for_an_id_instead_of_making_one_from_its_latin_letters_alone()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);

        // Made from its latin letters alone, "Ωμέγα Group" and "Άλφα Group" would both be "group": the second would replace the first.
        var response = await client.PostAsync("""mutation { upsertActor(input: { kind: FACTION, name: "Ωμέγα Group" }) { id } }""");
        var stored = await client.QueryAsync("""{ actor(id: "group") { id } }""");

        var extensions = response.FirstError.GetProperty("extensions");
        Assert.Equal("REQUIRED", extensions.GetProperty("code").GetString());
        Assert.Equal("input.id", extensions.GetProperty("field").GetString());
        Assert.Contains("Ωμέγα Group", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stored.GetProperty("actor").ValueKind);
    }
}
