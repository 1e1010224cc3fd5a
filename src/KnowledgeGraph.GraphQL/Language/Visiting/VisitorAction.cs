namespace KnowledgeGraph.GraphQL.Language;

/// <summary>What a visitor hook tells the walk to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on as usual.</summary>
    Continue,

    /// <summary>From an enter hook: do not visit this node's children, nor call its leave hook.</summary>
    Skip,

    /// <summary>Stop the whole visit now; no further hooks are called.</summary>
    Break,
}
