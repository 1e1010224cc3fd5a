namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Options for parsing a document, mirroring graphql-js 16's <c>ParseOptions</c>.</summary>
public sealed class ParseOptions
{
    /// <summary>The default of <see cref="MaxNestingDepth"/>.</summary>
    public const int DefaultMaxNestingDepth = 500;

    /// <summary>
    /// How deeply selection sets, list and object values and list types may nest, counted together,
    /// before parsing is aborted with a syntax error. Validation and execution recurse along the same
    /// nesting, so this bounds the stack they use too. graphql-js has no such option (graphql-java's
    /// <c>maxRuleDepth</c> defaults to 500). <value>The default is 500.</value>
    /// </summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <summary>
    /// Whether to leave <see cref="INode.Loc"/> null on every node, saving an allocation per node.
    /// <value>The default is <see langword="false"/>.</value>
    /// </summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// The most tokens a document may contain before parsing is aborted with a syntax error, a guard
    /// against documents built to exhaust the parser (graphql-js's <c>maxTokens</c> / <c>maxLexicalTokens</c>).
    /// <value>The default is null: no limit.</value>
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// The most comments a document may contain before parsing is aborted with a syntax error.
    /// <value>The default is null: no limit.</value>
    /// </summary>
    public int? MaxComments { get; init; }

    /// <summary>
    /// The longest source, in UTF-16 code units, that is parsed at all; a longer one is a syntax error
    /// located at that offset. <value>The default is null: no limit.</value>
    /// </summary>
    public int? MaxSourceLength { get; init; }

    /// <summary>
    /// Whether fragment definitions may declare variables (<c>fragment F($v: Int) on T</c>), an
    /// experimental syntax graphql-js 16 still accepts behind this flag.
    /// <value>The default is <see langword="false"/>.</value>
    /// </summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
