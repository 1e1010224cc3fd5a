using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Requests;

public sealed class OperationComplexityTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { node: Node nodes(first: Int = 5): [Node] }
        type Node { id: ID next: Node list(limit: Int): [Node!] }
        """);

    private static (int Depth, string? Deepest, long Cost) Measure(
        string document, IReadOnlyDictionary<string, object?>? variables = null, int maxMultiplier = 100, IReadOnlyList<string>? listSizeArguments = null)
    {
        var limits = new RequestLimits { MaxListMultiplier = maxMultiplier };
        var parsed = Parser.Parse(document);
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var (depth, deepest, cost) = OperationComplexity.Measure(
            Sample,
            parsed.Definitions.OfType<OperationDefinitionNode>().Single(),
            fragments,
            variables ?? new Dictionary<string, object?>(),
            listSizeArguments is null ? limits : limits with { ListSizeArguments = listSizeArguments });
        return (depth, deepest?.Name.Value, cost);
    }

    [Fact]
    public void Measures_depth_through_fragments_and_inline_fragments()
    {
        var (depth, deepest, _) = Measure("{ node { id ... on Node { next { ...F } } } } fragment F on Node { next { id } }");

        Assert.Equal(4, depth);
        Assert.Equal("id", deepest);
    }

    [Fact]
    public void Counts_every_selection_and_multiplies_lists_by_their_page_size()
    {
        Assert.Equal(3, Measure("{ a: node { id } b: node }").Cost);
        Assert.Equal(1 + (5 * 2), Measure("{ nodes { id __typename } }").Cost);
        Assert.Equal(1 + (2 * (1 + (3 * 1))), Measure("query ($n: Int) { nodes(first: 2) { list(limit: $n) { id } } }", new Dictionary<string, object?> { ["n"] = 3 }).Cost);
        Assert.Equal(1 + (7 * 1), Measure("query ($n: Int = 7) { nodes(first: $n) { id } }").Cost);
        Assert.Equal(1 + (2 * 1), Measure("{ nodes(first: 1000) { id } }", maxMultiplier: 2).Cost);
        Assert.Equal(1, Measure("{ nodes(first: -4) { id } }").Cost);
    }

    [Fact]
    public void A_list_size_argument_the_host_names_multiplies_like_first()
    {
        const string document = "{ nodes(first: 2) { list(cap: 30) { id } } }";
        var schema = Schema("type Query { nodes(first: Int): [Node] } type Node { id: ID list(cap: Int = 10): [Node!] }");
        var operation = Parser.Parse(document).Definitions.OfType<OperationDefinitionNode>().Single();
        var noFragments = new Dictionary<string, FragmentDefinitionNode>();
        var noVariables = new Dictionary<string, object?>();

        var byDefault = OperationComplexity.Measure(schema, operation, noFragments, noVariables, new RequestLimits());
        var withCap = OperationComplexity.Measure(schema, operation, noFragments, noVariables, new RequestLimits { ListSizeArguments = ["first", "cap"] });

        Assert.Equal(1 + (2 * (1 + 1)), byDefault.Cost);
        Assert.Equal(1 + (2 * (1 + (30 * 1))), withCap.Cost);
    }

    [Fact]
    public void A_list_given_no_size_and_having_no_default_counts_the_assumed_size()
    {
        var operation = Parser.Parse("{ node { list { id } } nodes { id } }").Definitions.OfType<OperationDefinitionNode>().Single();
        var noFragments = new Dictionary<string, FragmentDefinitionNode>();
        var noVariables = new Dictionary<string, object?>();

        var byDefault = OperationComplexity.Measure(Sample, operation, noFragments, noVariables, new RequestLimits());
        var assumed = OperationComplexity.Measure(Sample, operation, noFragments, noVariables, new RequestLimits { AssumedListSize = 20 });

        Assert.Equal((1 + (1 + (1 * 1))) + (1 + (5 * 1)), byDefault.Cost);
        Assert.Equal((1 + (1 + (20 * 1))) + (1 + (5 * 1)), assumed.Cost);
    }

    [Fact]
    public void Measures_documents_built_to_explode_when_expanded_in_linear_time()
    {
        var fragments = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Node {{ next {{ ...F{i + 1} ...F{i + 1} }} }}"));
        var document = "{ node { ...F0 } } " + fragments + " fragment F40 on Node { id }";

        var (depth, _, cost) = Measure(document);

        Assert.Equal(42, depth);
        Assert.Equal(1L << 41, cost);
    }

    [Fact]
    public void The_graphiql_introspection_query_is_fifteen_levels_deep()
    {
        Assert.Equal(15, Measure(IntrospectionQuery.Build(IntrospectionQueryOptions.GraphiQL)).Depth);
    }

    [Fact]
    public void A_fragment_cycle_counts_as_nothing_instead_of_forever()
    {
        Assert.Equal((2, "next", 2L), Measure("{ node { ...A } } fragment A on Node { next { ...B } } fragment B on Node { ...A }"));
    }
}
