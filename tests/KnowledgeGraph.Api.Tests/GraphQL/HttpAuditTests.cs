using System.Text.Json;
using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>graphql-http's audit suite (the GraphQL-over-HTTP reference) against the live server: every MUST and SHOULD passes.</summary>
public sealed class HttpAuditTests
{
    [Fact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        using var server = new ApiServer();
        var url = new Uri(server.CreateClient().BaseAddress!, "/graphql").ToString();

        var output = await NodeTool.RunAsync(NodeTool.Folder("Audit"), "audit.mjs", url);

        var audits = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        var required = audits.Where(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal)
                                         || a.GetProperty("name").GetString()!.StartsWith("SHOULD", StringComparison.Ordinal)).ToArray();
        var failed = required.Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("name").GetString()}: {a.GetProperty("reason").GetString()}")
            .ToArray();
        Assert.True(required.Length >= 30, $"only {required.Length} MUST/SHOULD audits ran");
        Assert.True(failed.Length == 0, string.Join(Environment.NewLine, failed));
    }
}
