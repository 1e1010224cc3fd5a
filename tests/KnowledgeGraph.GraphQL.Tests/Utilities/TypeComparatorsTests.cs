using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class TypeComparatorsTests
{
    private static readonly GraphQLSchema Sample = Schema("""
        type Query { a: Int }
        interface Node { id: ID }
        interface Named { name: String }
        type Person implements Node & Named { id: ID name: String }
        type Place implements Node { id: ID }
        type Tag { id: ID }
        union Located = Place | Tag
        """);

    private static GraphQLType Type(string text) => TypeFromAst.Convert(Sample, Parser.ParseType(text))!;

    private static GraphQLNamedType Named(string name) => Sample.GetType(name)!;

    [Fact]
    public void Compares_types_structurally()
    {
        Assert.True(TypeComparators.IsEqualType(Type("[Int!]"), Type("[Int!]")));
        Assert.False(TypeComparators.IsEqualType(Type("[Int!]"), Type("[Int]")));
        Assert.Null(TypeFromAst.Convert(Sample, Parser.ParseType("[Missing]")));
    }

    [Theory]
    [InlineData("Int!", "Int", true)]
    [InlineData("Int", "Int!", false)]
    [InlineData("[Person!]!", "[Node]", true)]
    [InlineData("[Person]", "Person", false)]
    [InlineData("Person", "[Person]", false)]
    [InlineData("Person", "Named", true)]
    [InlineData("Place", "Named", false)]
    [InlineData("Tag", "Located", true)]
    public void Tells_covariant_sub_types(string subType, string superType, bool expected)
    {
        Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(Sample, Type(subType), Type(superType)));
    }

    [Theory]
    [InlineData("Node", "Named", true)]
    [InlineData("Located", "Named", false)]
    [InlineData("Located", "Node", true)]
    [InlineData("Person", "Node", true)]
    [InlineData("Tag", "Node", false)]
    [InlineData("Tag", "Tag", true)]
    [InlineData("Tag", "Person", false)]
    public void Tells_whether_composite_types_overlap(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Sample, Named(a), Named(b)));
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Sample, Named(b), Named(a)));
    }
}
