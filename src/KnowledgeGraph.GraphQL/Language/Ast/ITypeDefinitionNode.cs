namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A scalar, object, interface, union, enum or input object type definition.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, IHasDirectivesNode
{
    /// <summary>The description, if any.</summary>
    StringValueNode? Description { get; }

    /// <summary>The type name.</summary>
    NameNode Name { get; }
}
