namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Options for parsing a document, mirroring graphql-js 16's <c>ParseOptions</c>.</summary>
public sealed class ParseOptions
{
    /// <summary>
    /// Whether to leave <see cref="INode.Loc"/> null on every node, saving an allocation per node.
    /// <value>The default is <see langword="false"/>.</value>
    /// </summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// The most tokens a document may contain before parsing is aborted with a syntax error, a guard
    /// against documents built to exhaust the parser. <value>The default is null: no limit.</value>
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Whether fragment definitions may declare variables (<c>fragment F($v: Int) on T</c>), an
    /// experimental syntax graphql-js 16 still accepts behind this flag.
    /// <value>The default is <see langword="false"/>.</value>
    /// </summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
