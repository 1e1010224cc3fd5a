using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void Locates_interface_mismatches_at_both_field_types()
    {
        var error = Assert.Single(BuildErrors("type Query { a: T }\ninterface I { f: Int! }\ntype T implements I {\n  f: String\n}"));

        Assert.Equal("Interface field I.f expects type Int! but T.f is type String.", error.Message);
        Assert.Equal([new SourceLocation(2, 18), new SourceLocation(4, 6)], error.Locations);
    }

    [Fact]
    public void Locates_empty_types_at_their_definition_and_extensions()
    {
        var error = Assert.Single(BuildErrors("directive @tag on ENUM\ntype Query { a: E }\nenum E\nextend enum E @tag"));

        Assert.Equal("Enum type E must define one or more values.", error.Message);
        Assert.Equal([new SourceLocation(3, 1), new SourceLocation(4, 1)], error.Locations);
    }

    [Fact]
    public void Validates_hand_built_schemas_and_caches_the_result()
    {
        var query = new GraphQLObjectType("Query", () => [new GraphQLField("__bad", SpecifiedScalars.Int)]);
        var schema = new GraphQLSchema(query);

        var errors = SchemaValidator.Validate(schema);

        Assert.Equal("Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", Assert.Single(errors).Message);
        Assert.Same(errors, SchemaValidator.Validate(schema));
        Assert.Throws<SchemaValidationException>(() => new Executor(schema));
    }

    [Fact]
    public void Accepts_a_valid_schema()
    {
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", () => [new GraphQLField("a", SpecifiedScalars.Int)]));

        Assert.Empty(SchemaValidator.Validate(schema));
    }

    private static IReadOnlyList<GraphQLError> BuildErrors(string sdl) =>
        Assert.Throws<SchemaValidationException>(new SchemaBuilder().AddTypeDefinitions(sdl).Build).Errors;
}
