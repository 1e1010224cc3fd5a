using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>graphql-js's outcome for every case of <see cref="ValidationCorpus"/>, computed in one node run.</summary>
public sealed class ValidationReferenceFixture : IAsyncLifetime
{
    private Dictionary<string, ValidationOutcome> outcomes = [];

    public ValidationOutcome this[string caseName] => outcomes[caseName];

    public async Task InitializeAsync()
    {
        var cases = ValidationCorpus.All;
        var payload = new
        {
            schemas = ValidationCorpus.SchemaSources,
            cases = cases.Select(c => c.ToPayload()).ToArray(),
        };
        using var results = await GraphQLJs.RunAsync("validate", payload);
        var answers = results.RootElement.EnumerateArray().Select(ValidationOutcome.FromReference).ToArray();
        outcomes = cases.Zip(answers).ToDictionary(pair => pair.First.Name, pair => pair.Second);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
