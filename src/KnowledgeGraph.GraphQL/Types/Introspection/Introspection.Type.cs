namespace KnowledgeGraph.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Type</c>.</summary>
    public static GraphQLObjectType TypeType { get; }

    private static GraphQLObjectType CreateTypeType() => new GraphQLObjectType(
        "__Type",
        static () =>
        [
            new GraphQLField("kind", new GraphQLNonNull(TypeKindType), resolve: Sync(static c => ((GraphQLType)c.Source!).Kind)),
            new GraphQLField("name", SpecifiedScalars.String, resolve: Sync(static c => (c.Source as GraphQLNamedType)?.Name)),
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => (c.Source as GraphQLNamedType)?.Description)),
            new GraphQLField("specifiedByURL", SpecifiedScalars.String, resolve: Sync(static c => (c.Source as GraphQLScalarType)?.SpecifiedByUrl)),
            new GraphQLField("fields", ListOf(FieldType), [IncludeDeprecatedArgument()], Sync(static c => ResolveFields(c.Source, IncludeDeprecated(c)))),
            new GraphQLField("interfaces", ListOf(TypeType), resolve: Sync(static c => (c.Source as GraphQLImplementingType)?.Interfaces)),
            new GraphQLField("possibleTypes", ListOf(TypeType), resolve: Sync(static c => c.Source is GraphQLNamedType named && named.IsAbstractType()
                ? c.Schema.GetPossibleTypes(named)
                : null)),
            new GraphQLField("enumValues", ListOf(EnumValueType), [IncludeDeprecatedArgument()], Sync(static c => ResolveEnumValues(c.Source, IncludeDeprecated(c)))),
            new GraphQLField("inputFields", ListOf(InputValueType), [IncludeDeprecatedArgument()], Sync(static c => ResolveInputFields(c.Source, IncludeDeprecated(c)))),
            new GraphQLField("ofType", TypeType, resolve: Sync(static c => c.Source switch
            {
                GraphQLList list => list.OfType,
                GraphQLNonNull nonNull => nonNull.OfType,
                _ => null,
            })),
            new GraphQLField("isOneOf", SpecifiedScalars.Boolean, resolve: Sync(static c => (c.Source as GraphQLInputObjectType)?.IsOneOf)),
        ],
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    private static IEnumerable<GraphQLField>? ResolveFields(object? type, bool includeDeprecated) => type is GraphQLImplementingType implementing
        ? includeDeprecated ? implementing.Fields.Values : implementing.Fields.Values.Where(f => f.DeprecationReason is null)
        : null;

    private static IEnumerable<GraphQLEnumValue>? ResolveEnumValues(object? type, bool includeDeprecated) => type is GraphQLEnumType enumType
        ? includeDeprecated ? enumType.Values : enumType.Values.Where(v => v.DeprecationReason is null)
        : null;

    private static IEnumerable<GraphQLInputField>? ResolveInputFields(object? type, bool includeDeprecated) => type is GraphQLInputObjectType input
        ? includeDeprecated ? input.Fields.Values : input.Fields.Values.Where(f => f.DeprecationReason is null)
        : null;
}
