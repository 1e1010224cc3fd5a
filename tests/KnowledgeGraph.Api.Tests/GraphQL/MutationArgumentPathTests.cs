using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// Writes whose arguments are scalars (not one input object) name the argument at fault in <c>extensions.field</c>,
/// so a client can point at it; the store's own record names (<c>$.tie.id</c>, <c>$.merge.kept</c>) never leak.
/// </summary>
public sealed class MutationArgumentPathTests
{
    [Theory]
    [InlineData("""mutation { addAlias(actorId: "nobody", alias: "Someone") { id } }""", "UNKNOWN_ACTOR", "actorId")]
    [InlineData("""mutation { addAlias(actorId: "kataib-hezbollah", alias: "  ") { id } }""", "REQUIRED", "alias")]
    [InlineData("""mutation { removeAlias(actorId: "nobody", alias: "Someone") { id } }""", "UNKNOWN_ACTOR", "actorId")]
    [InlineData("""mutation { retractTie(id: "no-such-tie", reason: "misread") { id } }""", "UNKNOWN_TIE", "id")]
    [InlineData("""mutation { retractTie(id: "a003-010", reason: " ") { id } }""", "REQUIRED", "reason")]
    [InlineData("""mutation { mergeActors(keepId: "nobody", mergeId: "kataib-hezbollah", reason: "same") { mergedId } }""", "UNKNOWN_ACTOR", "keepId")]
    [InlineData("""mutation { mergeActors(keepId: "kataib-hezbollah", mergeId: "nobody", reason: "same") { mergedId } }""", "UNKNOWN_ACTOR", "mergeId")]
    [InlineData("""mutation { mergeActors(keepId: "kataib-hezbollah", mergeId: "hadi-al-amiri", reason: "same") { mergedId } }""", "KIND_MISMATCH", "mergeId")]
    [InlineData("""mutation { mergeActors(keepId: "kataib-hezbollah", mergeId: "badr-organization", reason: "") { mergedId } }""", "REQUIRED", "reason")]
    public async Task A_broken_rule_names_the_argument_at_fault(string mutation, string code, string field)
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(Credentials.EditorKey).PostAsync(mutation);

        var extensions = response.FirstError.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        Assert.Equal(field, extensions.GetProperty("field").GetString());
        Assert.StartsWith(field + ":", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(extensions.GetProperty("violations").EnumerateArray(), v => Assert.DoesNotContain(".", v.GetProperty("field").GetString(), StringComparison.Ordinal));
    }
}
