namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An <c>extend schema</c> extension.</summary>
public sealed class SchemaExtensionNode : ASTNode, ITypeSystemExtensionNode, IHasDirectivesNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public SchemaExtensionNode()
        : base(NodeKind.SchemaExtension)
    {
    }

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
