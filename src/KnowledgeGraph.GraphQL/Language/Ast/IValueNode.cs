namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A value literal or a variable reference.</summary>
public interface IValueNode : INode
{
}
