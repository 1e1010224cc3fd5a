namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A node that can carry directives (the locations a <see cref="DirectiveLocation"/> names).</summary>
public interface IHasDirectivesNode : INode
{
    /// <summary>The directives applied to the node, in source order.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}
