namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>
/// Our parser and printer against graphql-js 16 on every case of <see cref="ParserCorpus"/>: the printed
/// AST, token count and node spans, or the syntax error's message and locations, must be identical.
/// </summary>
public sealed class ParserDifferentialTests(ParserReferenceFixture reference) : IClassFixture<ParserReferenceFixture>
{
    public static TheoryData<string> CaseNames => new(ParserCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Parses_and_prints_exactly_as_graphql_js(string caseName)
    {
        var parseCase = ParserCorpus.Named(caseName);

        var ours = ParseOutcome.FromOurs(parseCase);

        var expected = reference[caseName];
        Assert.Equal(expected.Error, ours.Error);
        Assert.Equal(expected.Printed, ours.Printed);
        Assert.Equal(expected.TokenCount, ours.TokenCount);
        Assert.Equal(expected.Spans, ours.Spans);
    }
}
