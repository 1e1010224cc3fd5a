using System.Text.Json;
using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

/// <summary>graphql-js's response for every case of <see cref="ExecutionCorpus"/>, computed in one node run.</summary>
public sealed class ExecutionReferenceFixture : IAsyncLifetime
{
    private Dictionary<string, string> _responses = [];

    /// <summary>graphql-js's response JSON for a case, or <c>error: ...</c> when it could not run it.</summary>
    public string this[string caseName] => _responses[caseName];

    public async Task InitializeAsync()
    {
        var cases = ExecutionCorpus.All;
        using var results = await GraphQLJs.RunAsync("execute", cases.Select(c => c.ToPayload()).ToArray());
        var answers = results.RootElement.EnumerateArray()
            .Select(answer => answer.TryGetProperty("result", out var result)
                ? result.GetRawText()
                : "error: " + answer.GetProperty("error").GetString())
            .ToArray();
        _responses = cases.Zip(answers).ToDictionary(pair => pair.First.Name, pair => ExecutionHarness.Json(pair.Second.StartsWith("error: ", StringComparison.Ordinal) ? JsonSerializer.Serialize(pair.Second) : pair.Second));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
