using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Parsing;

public sealed class ParserOperationTests
{
    [Fact]
    public void Parses_the_shorthand_query_as_an_anonymous_query()
    {
        var operation = SingleOperation("{ hero }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("hero", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_each_operation_type(string source, OperationType expected)
    {
        var operation = SingleOperation(source);

        Assert.Equal(expected, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_types_defaults_and_directives()
    {
        var operation = SingleOperation("query Q($id: ID!, $first: [Int!] = [10] @bound(max: 100)) { a }");

        var id = operation.VariableDefinitions[0];
        var first = operation.VariableDefinitions[1];
        Assert.Equal("id", id.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(id.Type).Type).Name.Value);
        Assert.Null(id.DefaultValue);
        var list = Assert.IsType<ListTypeNode>(first.Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("10", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(first.DefaultValue).Values)).Value);
        Assert.Equal("bound", Assert.Single(first.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fields_with_aliases_arguments_directives_and_selections()
    {
        var field = Assert.IsType<FieldNode>(Assert.Single(SingleOperation(
            "{ smallPic: profilePic(size: 64, crop: $crop) @include(if: $big) { url } }").SelectionSet.Selections));

        Assert.Equal("smallPic", field.Alias?.Value);
        Assert.Equal("profilePic", field.Name.Value);
        Assert.Equal(["size", "crop"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("crop", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.NotNull(field.SelectionSet);
    }

    [Fact]
    public void Leaves_leaf_fields_without_a_selection_set()
    {
        var field = Assert.IsType<FieldNode>(Assert.Single(SingleOperation("{ name }").SelectionSet.Selections));

        Assert.Null(field.Alias);
        Assert.Null(field.SelectionSet);
        Assert.Empty(field.Arguments);
    }

    [Fact]
    public void Tells_fragment_spreads_from_inline_fragments()
    {
        var selections = SingleOperation("{ ...Named @d ... on User { id } ... @include(if: true) { name } }").SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Equal("Named", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        Assert.Equal("User", typed.TypeCondition?.Name.Value);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("include", Assert.Single(untyped.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fragment_definitions()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Assert.Single(Parser.Parse("fragment F on User @d { id }").Definitions));

        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Empty(fragment.VariableDefinitions);
    }

    [Fact]
    public void Parses_legacy_fragment_variables_only_when_allowed()
    {
        var options = new ParseOptions { AllowLegacyFragmentVariables = true };

        var fragment = Assert.IsType<FragmentDefinitionNode>(Assert.Single(
            Parser.Parse("fragment F($a: Int = 1) on T { a }", options).Definitions));

        Assert.Equal("a", Assert.Single(fragment.VariableDefinitions).Variable.Name.Value);
    }

    [Fact]
    public void Parses_descriptions_on_operations_variables_and_fragments()
    {
        var document = Parser.Parse("\"op\" query Q(\"\"\"var\"\"\" $a: Int) { a } \"frag\" fragment F on T { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("op", operation.Description?.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description?.Value);
        Assert.True(operation.VariableDefinitions[0].Description?.Block);
        Assert.Equal("frag", fragment.Description?.Value);
    }

    [Fact]
    public void Accepts_keywords_as_names_where_the_grammar_allows_a_name()
    {
        var operation = SingleOperation("query query { on: fragment(true: false) type }");

        Assert.Equal("query", operation.Name?.Value);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("on", "fragment", "true"), (field.Alias?.Value, field.Name.Value, field.Arguments[0].Name.Value));
        Assert.False(Assert.IsType<BooleanValueNode>(field.Arguments[0].Value).Value);
    }

    [Fact]
    public void Records_each_node_span_and_source()
    {
        var source = new Source("query Q { field(arg: 1) }", "request.graphql");

        var document = Parser.Parse(source);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal((0, 25), (document.Loc?.Start, document.Loc?.End));
        Assert.Equal((10, 23), (field.Loc?.Start, field.Loc?.End));
        Assert.Equal((21, 22), (field.Arguments[0].Value.Loc?.Start, field.Arguments[0].Value.Loc?.End));
        Assert.Same(source, field.Loc?.Source);
    }

    [Fact]
    public void Omits_locations_when_asked()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParseOptions { NoLocation = true });

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Null(document.Loc);
        Assert.Null(operation.Loc);
        Assert.Null(operation.SelectionSet.Selections[0].Loc);
    }

    [Fact]
    public void Counts_tokens_without_comments_or_end_of_file()
    {
        var document = Parser.Parse("# comment\n{ a(b: 1) }");

        Assert.Equal(8, document.TokenCount);
    }

    private static OperationDefinitionNode SingleOperation(string source) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
}
