namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// What every AST node exposes; the grouping interfaces extend it so a node seen through a group
/// still tells its kind and location. Every implementation is an <see cref="ASTNode"/>.
/// </summary>
public interface INode
{
    /// <summary>The node's kind.</summary>
    NodeKind Kind { get; }

    /// <summary>Where the node came from in its source; null when parsed with <see cref="ParseOptions.NoLocation"/> or built in code.</summary>
    Location? Loc { get; }
}
