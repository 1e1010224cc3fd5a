namespace KnowledgeGraph.GraphQL.Types;

/// <summary>graphql-js's type predicates and unwrapping helpers (<c>isInputType</c>, <c>getNamedType</c>, ...).</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>Whether values of the type can be inputs: scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether values of the type can be outputs: anything but input objects (and wrappers of them).</summary>
    public static bool IsOutputType(this GraphQLType type) => type.GetNamedType().Kind != TypeKind.InputObject;

    /// <summary>Whether the type is a scalar or an enum.</summary>
    public static bool IsLeafType(this GraphQLType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether the type is an object, interface or union.</summary>
    public static bool IsCompositeType(this GraphQLType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether the type is an interface or union.</summary>
    public static bool IsAbstractType(this GraphQLType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether the type is a list or non-null wrapper.</summary>
    public static bool IsWrappingType(this GraphQLType type) => type.Kind is TypeKind.List or TypeKind.NonNull;

    /// <summary>Whether the type is not a non-null wrapper.</summary>
    public static bool IsNullableType(this GraphQLType type) => type.Kind != TypeKind.NonNull;

    /// <summary>The named type inside any wrappers.</summary>
    public static GraphQLNamedType GetNamedType(this GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var current = type;
        while (true)
        {
            switch (current)
            {
                case GraphQLList list:
                    current = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    current = nonNull.OfType;
                    break;
                default:
                    return (GraphQLNamedType)current;
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    /// <summary>Whether an argument must be given: non-null and without a default value.</summary>
    public static bool IsRequired(this IInputValueDefinition value) =>
        value.Type.Kind == TypeKind.NonNull && !value.HasDefaultValue;
}
