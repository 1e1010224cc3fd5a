using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

internal sealed partial class SdlTypeFactory
{
    private IEnumerable<GraphQLField> BuildFields(string typeName, INode[] nodes)
    {
        foreach (var node in nodes)
        {
            var fields = node switch
            {
                ObjectTypeDefinitionNode d => d.Fields,
                ObjectTypeExtensionNode e => e.Fields,
                InterfaceTypeDefinitionNode d => d.Fields,
                InterfaceTypeExtensionNode e => e.Fields,
                _ => [],
            };
            foreach (var field in fields)
            {
                yield return new GraphQLField(
                    field.Name.Value,
                    GetWrappedType(field.Type),
                    BuildArguments(field.Arguments),
                    _bindings.Resolver(typeName, field.Name.Value),
                    field.Description?.Value,
                    DeprecationReason(field),
                    field);
            }
        }
    }

    private GraphQLArgument[] BuildArguments(IReadOnlyList<InputValueDefinitionNode> arguments) =>
    [
        .. arguments.Select(argument =>
        {
            var type = GetWrappedType(argument.Type);
            var hasDefault = ValueFromAst.TryConvert(argument.DefaultValue, type, null, out var defaultValue);
            return new GraphQLArgument(
                argument.Name.Value,
                type,
                argument.Description?.Value,
                hasDefault,
                defaultValue,
                DeprecationReason(argument),
                argument);
        }),
    ];

    private IEnumerable<GraphQLInputField> BuildInputFields(INode[] nodes)
    {
        foreach (var node in nodes)
        {
            var fields = node switch
            {
                InputObjectTypeDefinitionNode d => d.Fields,
                InputObjectTypeExtensionNode e => e.Fields,
                _ => [],
            };
            foreach (var field in fields)
            {
                var type = GetWrappedType(field.Type);
                var hasDefault = ValueFromAst.TryConvert(field.DefaultValue, type, null, out var defaultValue);
                yield return new GraphQLInputField(
                    field.Name.Value,
                    type,
                    field.Description?.Value,
                    hasDefault,
                    defaultValue,
                    DeprecationReason(field),
                    field);
            }
        }
    }

    // References of the wrong kind are left out here and reported by SchemaBuilder with graphql-js's words.
    private IEnumerable<GraphQLInterfaceType> BuildInterfaces(INode[] nodes) =>
        nodes.SelectMany(static node => node switch
        {
            ObjectTypeDefinitionNode d => d.Interfaces,
            ObjectTypeExtensionNode e => e.Interfaces,
            InterfaceTypeDefinitionNode d => d.Interfaces,
            InterfaceTypeExtensionNode e => e.Interfaces,
            _ => [],
        }).Select(named => GetNamedType(named.Name.Value)).OfType<GraphQLInterfaceType>();

    private IEnumerable<GraphQLObjectType> BuildUnionMembers(INode[] nodes) =>
        nodes.SelectMany(static node => node switch
        {
            UnionTypeDefinitionNode d => d.Types,
            UnionTypeExtensionNode e => e.Types,
            _ => [],
        }).Select(named => GetNamedType(named.Name.Value)).OfType<GraphQLObjectType>();

    private List<GraphQLEnumValue> BuildEnumValues(string enumName, INode[] nodes)
    {
        var binding = _bindings.Enum(enumName);
        var values = new List<GraphQLEnumValue>();
        foreach (var node in nodes)
        {
            var definitions = node switch
            {
                EnumTypeDefinitionNode d => d.Values,
                EnumTypeExtensionNode e => e.Values,
                _ => [],
            };
            foreach (var value in definitions)
            {
                var name = value.Name.Value;
                var internalValue = binding is not null && binding.TryGetValue(name, out var bound) ? bound : name;
                values.Add(new GraphQLEnumValue(name, internalValue, value.Description?.Value, DeprecationReason(value), value));
            }
        }

        return values;
    }

    private GraphQLDirective BuildDirective(DirectiveDefinitionNode node)
    {
        return new GraphQLDirective(
            node.Name.Value,
            [.. node.Locations.Select(l => l.Value)],
            BuildArguments(node.Arguments),
            node.Repeatable,
            node.Description?.Value,
            astNode: node);
    }

    // graphql-js's getDeprecationReason: @deprecated's reason argument, defaulted when absent.
    private static string? DeprecationReason(IHasDirectivesNode node) =>
        DirectiveArguments(GraphQLDirective.Deprecated, node)?["reason"] as string;

    private static string? SpecifiedByUrl(IHasDirectivesNode node) => DirectiveArguments(GraphQLDirective.SpecifiedBy, node)?["url"] as string;

    private static bool IsOneOf(IHasDirectivesNode node) => DirectiveArguments(GraphQLDirective.OneOf, node) is not null;

    private static IReadOnlyDictionary<string, object?>? DirectiveArguments(GraphQLDirective directive, IHasDirectivesNode node)
    {
        var directiveNode = node.Directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        if (directiveNode is null)
        {
            return null;
        }

        var outcome = ArgumentValues.Coerce(directive.Args, directiveNode, directiveNode.Arguments, variables: null);
        return outcome.Values ?? throw outcome.CreateError();
    }
}
