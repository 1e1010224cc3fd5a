namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public interface ISelectionNode : IHasDirectivesNode
{
}
