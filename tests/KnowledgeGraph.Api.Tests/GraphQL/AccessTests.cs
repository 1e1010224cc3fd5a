using System.Net;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Reads are open by default; writes need an editor key or token; bad credentials are 401, missing rights 403.</summary>
public sealed class AccessTests
{
    private const string Retract = """mutation { retractTie(id: "a000-001", reason: "misread the source") { id retraction { by reason } } }""";

    [Fact]
    public async Task An_anonymous_write_is_401()
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL().PostAsync(Retract);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_reader_key_may_read_but_not_write()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.ReaderKey);

        var read = await client.PostAsync("{ stats { articles } }");
        var write = await client.PostAsync(Retract);

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Contains("bob", write.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_key_writes_and_the_audit_names_the_editor()
    {
        using var server = new ApiServer(Credentials.Settings());

        var data = await server.GraphQL(Credentials.EditorKey).QueryAsync(Retract);

        Assert.Equal("alice", data.GetProperty("retractTie").GetProperty("retraction").GetProperty("by").GetString());
    }

    [Fact]
    public async Task An_editor_token_writes()
    {
        using var server = new ApiServer(Credentials.Settings());

        var data = await server.GraphQL(Credentials.Jwt("carol", "editor")).QueryAsync(Retract);

        Assert.Equal("carol", data.GetProperty("retractTie").GetProperty("retraction").GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task A_bad_credential_is_401_even_for_reads(string credential)
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(credential).PostAsync("{ stats { articles } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_or_expired_is_refused()
    {
        using var server = new ApiServer(Credentials.Settings());
        var otherKey = Convert.ToBase64String(new byte[32]);

        var forged = await server.GraphQL(Credentials.Jwt("mallory", "editor", otherKey)).PostAsync(Retract);
        var expired = await server.GraphQL(Credentials.Jwt("carol", "editor", expires: DateTime.UtcNow.AddMinutes(-5))).PostAsync(Retract);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
    }

    [Fact]
    public async Task Reads_can_be_configured_to_need_a_key()
    {
        using var server = new ApiServer(Credentials.Settings(requireKeyForReads: true));

        var anonymous = await server.GraphQL().PostAsync("{ stats { articles } }");
        var reader = await server.GraphQL(Credentials.ReaderKey).PostAsync("{ stats { articles } }");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.OK, reader.Status);
    }

    [Fact]
    public void A_key_hash_that_is_not_sha256_stops_the_service_naming_the_key()
    {
        var settings = Credentials.Settings();
        settings["KnowledgeGraph:Auth:ApiKeys:0:Sha256"] = "plain-text-key";

        var error = ApiServer.StartupError(settings);

        Assert.Contains("KnowledgeGraph:Auth:ApiKeys", error.ToString(), StringComparison.Ordinal);
    }
}
