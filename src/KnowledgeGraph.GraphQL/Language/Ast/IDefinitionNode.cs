namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A top-level definition of a document: executable, type system definition or type system extension.</summary>
public interface IDefinitionNode : INode
{
}
