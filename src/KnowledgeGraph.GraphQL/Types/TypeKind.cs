namespace KnowledgeGraph.GraphQL.Types;

/// <summary>The eight kinds of GraphQL type, named as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    /// <summary>A scalar (leaf) type.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum (leaf) type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A list wrapping another type.</summary>
    List,

    /// <summary>A non-null wrapper around a nullable type.</summary>
    NonNull,
}
