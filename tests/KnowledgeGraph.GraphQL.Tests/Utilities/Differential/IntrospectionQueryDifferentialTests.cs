using KnowledgeGraph.GraphQL.Tests.TestUtilities;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary><see cref="IntrospectionQuery"/> against graphql-js's getIntrospectionQuery: the text must be identical.</summary>
public sealed class IntrospectionQueryDifferentialTests
{
    private static readonly IntrospectionQueryOptions[] OptionSets =
    [
        new(),
        IntrospectionQueryOptions.GraphiQL,
        new() { Descriptions = false, TypeDepth = 0 },
        IntrospectionQueryOptions.GraphiQL with { ExperimentalDirectiveDeprecation = true, TypeDepth = 2 },
    ];

    [Fact]
    public async Task Builds_the_same_text_as_graphql_js_for_every_option_set()
    {
        var payload = OptionSets.Select(o => new
        {
            descriptions = o.Descriptions,
            specifiedByUrl = o.SpecifiedByUrl,
            directiveIsRepeatable = o.DirectiveIsRepeatable,
            schemaDescription = o.SchemaDescription,
            inputValueDeprecation = o.InputValueDeprecation,
            experimentalDirectiveDeprecation = o.ExperimentalDirectiveDeprecation,
            oneOf = o.OneOf,
            typeDepth = o.TypeDepth,
        }).ToArray();

        using var reference = await GraphQLJs.RunAsync("introspection-query", payload);

        var expected = reference.RootElement.EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(expected, OptionSets.Select(IntrospectionQuery.Build).ToArray());
    }

    [Fact]
    public void Refuses_a_type_depth_above_one_hundred()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Build(new() { TypeDepth = 101 }));

        Assert.Contains("Please set typeDepth to a reasonable value between 0 and 100; the default is 9.", error.Message, StringComparison.Ordinal);
    }
}
