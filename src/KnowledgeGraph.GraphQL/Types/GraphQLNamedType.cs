using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(
        TypeKind kind,
        string name,
        string? description,
        ITypeDefinitionNode? astNode,
        IReadOnlyList<ITypeExtensionNode>? extensionAstNodes)
        : base(kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? [];
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The SDL definition the type was built from, or null.</summary>
    public ITypeDefinitionNode? AstNode { get; }

    /// <summary>The SDL extensions merged into the type.</summary>
    public IReadOnlyList<ITypeExtensionNode> ExtensionAstNodes { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
