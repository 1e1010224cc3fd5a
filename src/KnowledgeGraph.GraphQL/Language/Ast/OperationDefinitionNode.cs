namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A query, mutation or subscription operation.</summary>
public sealed class OperationDefinitionNode : ASTNode, IExecutableDefinitionNode
{
    /// <summary>Creates the node; set its properties with an object initializer.</summary>
    public OperationDefinitionNode()
        : base(NodeKind.OperationDefinition)
    {
    }

    /// <summary>The description written before the definition, if any (graphql-js 16.15 accepts descriptions on executable definitions too).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Which kind of operation this is.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name; absent for anonymous operations.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The declared variables.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <summary>The directives applied here, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The fields and fragments the operation selects.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
