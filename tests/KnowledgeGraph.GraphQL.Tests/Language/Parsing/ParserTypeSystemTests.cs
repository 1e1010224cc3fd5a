using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Parsing;

public sealed class ParserTypeSystemTests
{
    [Fact]
    public void Parses_a_schema_definition_with_root_types()
    {
        var schema = Single<SchemaDefinitionNode>("\"root\" schema @d { query: Q mutation: M }");

        Assert.Equal("root", schema.Description?.Value);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parses_object_types_with_interfaces_fields_and_arguments()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"\"\"An actor\"\"\" type Actor implements & Node & Named @key { \"the id\" id: ID! ties(first: Int = 10 @max(n: 50)): [Tie] }");

        Assert.Equal("An actor", type.Description?.Value);
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("the id", type.Fields[0].Description?.Value);
        var argument = Assert.Single(type.Fields[1].Arguments);
        Assert.Equal("10", Assert.IsType<IntValueNode>(argument.DefaultValue).Value);
        Assert.Equal("max", Assert.Single(argument.Directives).Name.Value);
        Assert.IsType<ListTypeNode>(type.Fields[1].Type);
    }

    [Fact]
    public void Parses_types_without_bodies()
    {
        var document = Parser.Parse("type A interface I enum E input In union U scalar S");

        Assert.Equal(
            [NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition, NodeKind.EnumTypeDefinition,
                NodeKind.InputObjectTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.ScalarTypeDefinition],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions.Cast<ITypeDefinitionNode>(), d => Assert.Empty(d.Directives));
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Named implements Node { name: String }");

        Assert.Equal("Node", Assert.Single(type.Interfaces).Name.Value);
    }

    [Fact]
    public void Parses_union_members_with_an_optional_leading_pipe()
    {
        var union = Single<UnionTypeDefinitionNode>("union SearchResult = | Actor | Article");

        Assert.Equal(["Actor", "Article"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parses_enum_values_with_descriptions_and_directives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum Precision { \"to the day\" DAY MONTH @deprecated YEAR }");

        Assert.Equal(["DAY", "MONTH", "YEAR"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("to the day", type.Values[0].Description?.Value);
        Assert.Single(type.Values[1].Directives);
    }

    [Fact]
    public void Parses_input_objects_with_defaults()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input Filter { name: String = \"x\", tags: [String!] = [] }");

        Assert.Equal(["name", "tags"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("x", Assert.IsType<StringValueNode>(input.Fields[0].DefaultValue).Value);
    }

    [Fact]
    public void Parses_directive_definitions_with_locations_and_repeatable()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");

        Assert.Equal("tag", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_every_kind_of_extension()
    {
        var document = Parser.Parse(
            """
            extend schema @d
            extend scalar S @d
            extend type T implements I
            extend interface I { f: Int }
            extend union U = A
            extend enum E { V }
            extend input In @d
            """);

        Assert.Equal(
            [NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
                NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions.Skip(1).Cast<ITypeExtensionNode>(), e => Assert.False(string.IsNullOrEmpty(e.Name.Value)));
        Assert.Equal("I", Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[2]).Interfaces).Name.Value);
    }

    private static T Single<T>(string source)
        where T : INode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));
}
