using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The introspection system of graphql-js 16.15: the <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c> types, the two enums, and the
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c> meta fields the executor adds to every query.
/// Descriptions are graphql-js's, word for word, so introspection results compare equal.
/// </summary>
public static partial class Introspection
{
    // Types refer to each other only inside field functions, which run after every type exists.
    static Introspection()
    {
        SchemaType = CreateSchemaType();
        DirectiveType = CreateDirectiveType();
        DirectiveLocationType = CreateDirectiveLocationType();
        TypeType = CreateTypeType();
        FieldType = CreateFieldType();
        InputValueType = CreateInputValueType();
        EnumValueType = CreateEnumValueType();
        TypeKindType = CreateTypeKindType();
        Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];
        SchemaMetaField = new GraphQLField(
            "__schema",
            new GraphQLNonNull(SchemaType),
            resolve: Sync(static context => context.Schema),
            description: "Access the current type schema of this server.");
        TypeMetaField = new GraphQLField(
            "__type",
            TypeType,
            [new GraphQLArgument("name", new GraphQLNonNull(SpecifiedScalars.String))],
            Sync(static context => context.Schema.GetType((string)context.Arguments["name"]!)),
            "Request the type information of a single type.");
        TypeNameMetaField = new GraphQLField(
            "__typename",
            new GraphQLNonNull(SpecifiedScalars.String),
            resolve: Sync(static context => context.ParentType.Name),
            description: "The name of the current Object type at runtime.");
    }

    /// <summary>The introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLNamedType> Types { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static GraphQLField SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static GraphQLField TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static GraphQLField TypeNameMetaField { get; }

    /// <summary>Whether a type is one of the introspection types (by name, as graphql-js checks).</summary>
    public static bool IsIntrospectionType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field"
            or "__InputValue" or "__EnumValue" or "__TypeKind";
    }

    private static FieldResolver Sync(Func<ResolveFieldContext, object?> resolve) =>
        context => new ValueTask<object?>(resolve(context));

    private static bool IncludeDeprecated(ResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true;

    private static GraphQLArgument IncludeDeprecatedArgument(bool nonNull = false) => new(
        "includeDeprecated",
        nonNull ? new GraphQLNonNull(SpecifiedScalars.Boolean) : SpecifiedScalars.Boolean,
        hasDefaultValue: true,
        defaultValue: false);

    private static GraphQLNonNull NonNullListOf(GraphQLType itemType) =>
        new(new GraphQLList(new GraphQLNonNull(itemType)));

    private static GraphQLList ListOf(GraphQLType itemType) => new(new GraphQLNonNull(itemType));
}
