namespace KnowledgeGraph.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__TypeKind</c>; its internal values are <see cref="Types.TypeKind"/> members.</summary>
    public static GraphQLEnumType TypeKindType { get; }

    private static GraphQLEnumType CreateTypeKindType() => new GraphQLEnumType(
        "__TypeKind",
        [
            new GraphQLEnumValue("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar."),
            new GraphQLEnumValue("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new GraphQLEnumValue("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new GraphQLEnumValue("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            new GraphQLEnumValue("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            new GraphQLEnumValue("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            new GraphQLEnumValue("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            new GraphQLEnumValue("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ],
        "An enum describing what kind of type a given `__Type` is.");

    /// <summary><c>__DirectiveLocation</c>; its internal values are the location names, as in <see cref="GraphQLDirective.Locations"/>.</summary>
    public static GraphQLEnumType DirectiveLocationType { get; }

    private static GraphQLEnumType CreateDirectiveLocationType() => new GraphQLEnumType(
        "__DirectiveLocation",
        [
            Location("QUERY", "Location adjacent to a query operation."),
            Location("MUTATION", "Location adjacent to a mutation operation."),
            Location("SUBSCRIPTION", "Location adjacent to a subscription operation."),
            Location("FIELD", "Location adjacent to a field."),
            Location("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
            Location("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
            Location("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
            Location("VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
            Location("SCHEMA", "Location adjacent to a schema definition."),
            Location("SCALAR", "Location adjacent to a scalar definition."),
            Location("OBJECT", "Location adjacent to an object type definition."),
            Location("FIELD_DEFINITION", "Location adjacent to a field definition."),
            Location("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
            Location("INTERFACE", "Location adjacent to an interface definition."),
            Location("UNION", "Location adjacent to a union definition."),
            Location("ENUM", "Location adjacent to an enum definition."),
            Location("ENUM_VALUE", "Location adjacent to an enum value definition."),
            Location("INPUT_OBJECT", "Location adjacent to an input object type definition."),
            Location("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
            Location("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition."),
        ],
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    private static GraphQLEnumValue Location(string name, string description) => new(name, name, description);
}
