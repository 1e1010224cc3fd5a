using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary>graphql-js's printed schema or error messages for every case of <see cref="SchemaCorpus"/>.</summary>
public sealed class SchemaReferenceFixture : IAsyncLifetime
{
    private Dictionary<string, SchemaOutcome> _outcomes = [];

    public SchemaOutcome this[string caseName] => _outcomes[caseName];

    public async Task InitializeAsync()
    {
        var cases = SchemaCorpus.All;
        using var results = await GraphQLJs.RunAsync("schema", cases.Select(c => c.ToPayload()).ToArray());
        _outcomes = cases.Zip(results.RootElement.EnumerateArray()).ToDictionary(
            pair => pair.First.Name,
            pair => pair.Second.TryGetProperty("printed", out var printed)
                ? new SchemaOutcome(printed.GetString(), [])
                : new SchemaOutcome(null, [.. pair.Second.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
