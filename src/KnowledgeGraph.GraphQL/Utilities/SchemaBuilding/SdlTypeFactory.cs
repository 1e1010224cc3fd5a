using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Turns SDL definitions into types (graphql-js's <c>buildType</c> and friends), merging each type's
/// extensions and applying the C# bindings. Fields, interfaces and members are built lazily, once every
/// named type exists, so types may refer to each other in any order.
/// </summary>
internal sealed partial class SdlTypeFactory
{
    private readonly SdlDefinitions _definitions;
    private readonly SchemaBindings _bindings;
    private readonly Dictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);

    public SdlTypeFactory(SdlDefinitions definitions, SchemaBindings bindings)
    {
        _definitions = definitions;
        _bindings = bindings;
        foreach (var definition in definitions.TypeDefinitions)
        {
            var name = definition.Name.Value;
            _types[name] = SpecifiedScalars.All.FirstOrDefault(s => s.Name == name) ?? (GraphQLNamedType)BuildType(definition);
        }

        Directives =
        [
            .. definitions.DirectiveDefinitions.Select(BuildDirective),
            .. GraphQLDirective.SpecifiedDirectives.Where(s => definitions.DirectiveDefinitions.All(d => d.Name.Value != s.Name)),
        ];
    }

    /// <summary>The types defined in the document, in document order (graphql-js's type map of the schema config).</summary>
    public IEnumerable<GraphQLNamedType> DefinedTypes => _types.Values;

    /// <summary>The defined directives followed by the specified ones not redefined.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>A named type by name: a specified scalar, an introspection type or a defined type.</summary>
    public GraphQLNamedType GetNamedType(string name) =>
        _types.GetValueOrDefault(name)
        ?? SpecifiedScalars.All.FirstOrDefault(s => s.Name == name)
        ?? Introspection.Types.FirstOrDefault(t => t.Name == name)
        ?? throw new GraphQLError($"Unknown type: \"{name}\".");

    private GraphQLType GetWrappedType(ITypeNode node) => node switch
    {
        ListTypeNode list => new GraphQLList(GetWrappedType(list.Type)),
        NonNullTypeNode nonNull => new GraphQLNonNull(GetWrappedType(nonNull.Type)),
        _ => GetNamedType(((NamedTypeNode)node).Name.Value),
    };

    private GraphQLNamedType BuildType(ITypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        var extensions = _definitions.ExtensionsOf(name);
        INode[] allNodes = [definition, .. extensions];
        switch (definition)
        {
            case ObjectTypeDefinitionNode obj:
                return new GraphQLObjectType(
                    name,
                    () => BuildFields(name, allNodes),
                    () => BuildInterfaces(allNodes),
                    _bindings.IsTypeOf(name),
                    description,
                    obj,
                    [.. extensions.Cast<ObjectTypeExtensionNode>()]);
            case InterfaceTypeDefinitionNode iface:
                return new GraphQLInterfaceType(
                    name,
                    () => BuildFields(name, allNodes),
                    () => BuildInterfaces(allNodes),
                    _bindings.TypeResolver(name),
                    description,
                    iface,
                    [.. extensions.Cast<InterfaceTypeExtensionNode>()]);
            case UnionTypeDefinitionNode union:
                return new GraphQLUnionType(
                    name,
                    () => BuildUnionMembers(allNodes),
                    _bindings.TypeResolver(name),
                    description,
                    union,
                    [.. extensions.Cast<UnionTypeExtensionNode>()]);
            case EnumTypeDefinitionNode enumType:
                return new GraphQLEnumType(name, BuildEnumValues(name, allNodes), description, enumType, [.. extensions.Cast<EnumTypeExtensionNode>()]);
            case InputObjectTypeDefinitionNode input:
                return new GraphQLInputObjectType(
                    name,
                    () => BuildInputFields(allNodes),
                    IsOneOf(input),
                    description,
                    input,
                    [.. extensions.Cast<InputObjectTypeExtensionNode>()]);
            default:
                var scalar = (ScalarTypeDefinitionNode)definition;
                var binding = _bindings.Scalar(name);

                // Like graphql-js's buildASTSchema, only the definition's @specifiedBy counts.
                return new GraphQLScalarType(
                    name,
                    description,
                    SpecifiedByUrl(scalar),
                    binding?.Serialize,
                    binding?.ParseValue,
                    binding?.ParseLiteral,
                    scalar,
                    [.. extensions.Cast<ScalarTypeExtensionNode>()]);
        }
    }
}
