using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>An API key whose role is misspelt stops the service naming the key, rather than vanishing from the list.</summary>
public sealed class AuthOptionsTests
{
    [Theory]
    [InlineData("Admin")]
    [InlineData("Anonymous")]
    [InlineData("7")]
    public void A_key_with_a_role_other_than_reader_or_editor_stops_the_service_naming_the_setting(string role)
    {
        var error = ApiServer.StartupError(new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Auth:ApiKeys:0:Name"] = "carol",
            ["KnowledgeGraph:Auth:ApiKeys:0:Role"] = role,
            ["KnowledgeGraph:Auth:ApiKeys:0:Sha256"] = Credentials.Hash(Credentials.EditorKey),
        });

        Assert.Contains("KnowledgeGraph:Auth:ApiKeys:0:Role", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(role, error.ToString(), StringComparison.Ordinal);
    }
}
