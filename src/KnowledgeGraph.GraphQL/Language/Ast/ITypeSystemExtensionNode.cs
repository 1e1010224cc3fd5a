namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A schema extension or a type extension.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode
{
}
