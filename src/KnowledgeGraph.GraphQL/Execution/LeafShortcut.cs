namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Which CLR values a field of a built-in scalar type stores as they are: the ones its <c>serialize</c>
/// would return unchanged (a string for <c>String</c> and <c>ID</c>, an int for <c>Int</c>, a bool for
/// <c>Boolean</c>, a finite double for <c>Float</c>). Checking that is cheaper than calling it.
/// </summary>
internal enum LeafShortcut
{
    /// <summary>Not a built-in scalar: every value goes through completion.</summary>
    None,

    /// <summary><c>String</c> or <c>ID</c>.</summary>
    Text,

    /// <summary><c>Int</c>.</summary>
    Int,

    /// <summary><c>Boolean</c>.</summary>
    Boolean,

    /// <summary><c>Float</c>.</summary>
    Float,
}
