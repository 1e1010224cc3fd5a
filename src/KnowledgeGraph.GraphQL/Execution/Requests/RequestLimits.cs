namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Bounds on what one request may ask, checked before anything is resolved.</summary>
public sealed record RequestLimits
{
    /// <summary>The longest document accepted, in characters. <value>The default is 100,000.</value></summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>The most tokens the parser reads before giving up. <value>The default is 10,000.</value></summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>
    /// The deepest field nesting an operation may have (root fields are at depth 1, fragments count
    /// where they are spread). <value>The default is 15, the depth of GraphiQL's introspection query.</value>
    /// </summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// The highest cost an operation may have: each field selection (alias or not) costs 1, and the
    /// sub-selection of a field with one of the <see cref="ListSizeArguments"/> (a list or a connection) counts that
    /// many times, at most <see cref="MaxListMultiplier"/>. <value>The default is 10,000.</value>
    /// </summary>
    public int MaxCost { get; init; } = 10_000;

    /// <summary>The largest <c>first</c>/<c>limit</c> multiplier the cost uses. <value>The default is 100.</value></summary>
    public int MaxListMultiplier { get; init; } = 100;

    /// <summary>
    /// The arguments that say how many items a field returns, tried in order: the first one a field defines (given,
    /// or by its default) multiplies the cost of its sub-selection. A schema whose lists are sized by other arguments
    /// names them here, or their items go uncounted. <value>The default is <c>first</c>, <c>last</c>, <c>limit</c>.</value>
    /// </summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>
    /// How many items the cost counts for a field that defines a list size argument but is given none and has no
    /// default, as when a connection serves a default page: set it to that page's size. <value>The default is 1.</value>
    /// </summary>
    public int AssumedListSize { get; init; } = 1;

    /// <summary>How many distinct documents keep their parse and validation results. <value>The default is 1,000.</value></summary>
    public int DocumentCacheSize { get; init; } = 1_000;
}
