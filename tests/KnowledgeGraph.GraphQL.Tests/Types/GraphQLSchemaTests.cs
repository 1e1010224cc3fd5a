using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class GraphQLSchemaTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { node: Node search: [Result] }
        type Mutation { touch: Int }
        interface Node { id: ID! }
        interface Entity implements Node { id: ID! }
        type Actor implements Entity & Node { id: ID! }
        type Place implements Node { id: ID! }
        union Result = Place | Actor
        directive @tag(name: String!) repeatable on FIELD_DEFINITION
        """);

    [Fact]
    public void Collects_types_in_graphql_js_order_with_introspection_types_last()
    {
        Assert.Equal(
            [
                "Query", "Mutation", "Int", "Node", "ID", "Entity", "Actor", "Place", "Result", "String", "Boolean",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            Sample.TypeMap.Keys);
    }

    [Fact]
    public void Knows_the_possible_types_of_abstract_types()
    {
        Assert.Equal(["Actor", "Place"], Sample.GetPossibleTypes(Sample.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Place", "Actor"], Sample.GetPossibleTypes(Sample.GetType("Result")!).Select(t => t.Name));
        var (objects, interfaces) = Sample.GetImplementations((GraphQLInterfaceType)Sample.GetType("Node")!);
        Assert.Equal(["Actor", "Place"], objects.Select(t => t.Name));
        Assert.Equal(["Entity"], interfaces.Select(t => t.Name));
    }

    [Fact]
    public void Tells_sub_types_of_interfaces_and_unions()
    {
        var node = Sample.GetType("Node")!;
        Assert.True(Sample.IsSubType(node, Sample.GetType("Entity")!));
        Assert.True(Sample.IsSubType(node, Sample.GetType("Place")!));
        Assert.True(Sample.IsSubType(Sample.GetType("Result")!, Sample.GetType("Actor")!));
        Assert.False(Sample.IsSubType(Sample.GetType("Result")!, Sample.GetType("Entity")!));
        Assert.False(Sample.IsSubType(Sample.GetType("Entity")!, Sample.GetType("Place")!));
    }

    [Fact]
    public void Looks_up_root_types_and_directives()
    {
        Assert.Equal("Query", Sample.GetRootType(OperationType.Query)!.Name);
        Assert.Equal("Mutation", Sample.GetRootType(OperationType.Mutation)!.Name);
        Assert.Null(Sample.GetRootType(OperationType.Subscription));
        Assert.True(Sample.GetDirective("tag")!.IsRepeatable);
        Assert.Same(GraphQLDirective.Skip, Sample.GetDirective("skip"));
        Assert.Null(Sample.GetDirective("nope"));
    }

    [Fact]
    public void Refuses_two_types_with_one_name()
    {
        var query = new GraphQLObjectType("Query", () => [new GraphQLField("a", new GraphQLObjectType("Twin", () => []))]);

        var error = Assert.Throws<InvalidOperationException>(() => new GraphQLSchema(query, types: [new GraphQLScalarType("Twin")]));

        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Twin\".", error.Message);
    }

    [Fact]
    public void Offers_graphql_js_type_predicates()
    {
        var list = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(SpecifiedScalars.Int)));
        Assert.Equal("[Int!]!", list.ToString());
        Assert.Same(SpecifiedScalars.Int, list.GetNamedType());
        Assert.IsType<GraphQLList>(list.GetNullableType());
        Assert.True(list.IsInputType());
        Assert.True(list.IsOutputType());
        Assert.False(list.IsLeafType());
        Assert.True(Sample.GetType("Result")!.IsAbstractType());
        Assert.True(Sample.GetType("Result")!.IsCompositeType());
        Assert.False(Sample.GetType("Query")!.IsInputType());
        Assert.Throws<ArgumentException>(() => new GraphQLNonNull(list));
    }
}
