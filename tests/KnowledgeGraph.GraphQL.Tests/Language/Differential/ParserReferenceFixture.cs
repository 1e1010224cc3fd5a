using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>graphql-js's outcome for every case of <see cref="ParserCorpus"/>, computed in one node run.</summary>
public sealed class ParserReferenceFixture : IAsyncLifetime
{
    private Dictionary<string, ParseOutcome> outcomes = [];

    public ParseOutcome this[string caseName] => outcomes[caseName];

    public async Task InitializeAsync()
    {
        var cases = ParserCorpus.All;
        using var results = await GraphQLJs.RunAsync("parse", cases.Select(c => c.ToPayload()).ToArray());
        var answers = results.RootElement.EnumerateArray().Select(ParseOutcome.FromReference).ToArray();
        outcomes = cases.Zip(answers).ToDictionary(pair => pair.First.Name, pair => pair.Second);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
