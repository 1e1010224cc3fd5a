namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode
{
}
