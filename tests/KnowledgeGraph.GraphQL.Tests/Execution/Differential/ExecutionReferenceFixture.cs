using System.Text.Json;
using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

/// <summary>graphql-js's response for every case of <see cref="ExecutionCorpus"/>, computed in one node run.</summary>
public sealed class ExecutionReferenceFixture : IAsyncLifetime
{
    private Dictionary<string, string> _responses = [];

    /// <summary>graphql-js's response JSON for a case (normalized), or a JSON string saying why it could not run it.</summary>
    public string this[string caseName] => _responses[caseName];

    public async Task InitializeAsync()
    {
        var cases = ExecutionCorpus.All;
        using var results = await GraphQLJs.RunAsync("execute", cases.Select(c => c.ToPayload()).ToArray());
        var answers = results.RootElement.EnumerateArray().Select(static answer => answer.TryGetProperty("result", out var result)
            ? ExecutionHarness.Json(result.GetRawText())
            : JsonSerializer.Serialize("error: " + answer.GetProperty("error").GetString()));
        _responses = cases.Zip(answers).ToDictionary(pair => pair.First.Name, pair => pair.Second);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
