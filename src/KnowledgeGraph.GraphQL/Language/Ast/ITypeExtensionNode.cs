namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An extension of a scalar, object, interface, union, enum or input object type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, IHasDirectivesNode
{
    /// <summary>The name of the type being extended.</summary>
    NameNode Name { get; }
}
