using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>
/// An error in a request: a syntax error, a validation error or a field error during execution.
/// Mirrors graphql-js 16's <c>GraphQLError</c>: locations come from the given source positions,
/// else from the start of each node's location. Thrown by the parser and by resolvers alike.
/// </summary>
public sealed class GraphQLError : Exception
{
    /// <summary>Creates an error with only a message.</summary>
    public GraphQLError(string message)
        : this(message, nodes: null)
    {
    }

    /// <summary>Creates an error wrapping another exception, keeping its message.</summary>
    public GraphQLError(string message, Exception? innerException)
        : this(message, nodes: null, originalError: innerException)
    {
    }

    /// <summary>Creates an error about one node.</summary>
    public GraphQLError(string message, INode? node)
        : this(message, node is null ? null : [node])
    {
    }

    /// <summary>Creates an error.</summary>
    /// <param name="message">The message shown to clients.</param>
    /// <param name="nodes">The nodes the error is about; their locations become <see cref="Locations"/>.</param>
    /// <param name="source">The source <paramref name="positions"/> refer to (syntax errors have no nodes).</param>
    /// <param name="positions">Character offsets in <paramref name="source"/>.</param>
    /// <param name="path">The response path of the field that failed: field names and list indices.</param>
    /// <param name="originalError">The exception that caused this one, if any.</param>
    /// <param name="extensions">Extra entries for the error's <c>extensions</c>; when null, those of a wrapped GraphQLError.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<INode>? nodes,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        var nodeLocations = Nodes?.Select(n => n.Loc).OfType<Location>().ToArray();
        if (nodeLocations is { Length: 0 })
        {
            nodeLocations = null;
        }

        DocumentSource = source ?? nodeLocations?[0].Source;
        Positions = positions ?? nodeLocations?.Select(l => l.Start).ToArray();
        Locations = positions is not null && source is not null
            ? positions.Select(p => SourceLocation.FromOffset(source, p)).ToArray()
            : nodeLocations?.Select(l => SourceLocation.FromOffset(l.Source, l.Start)).ToArray();
        Path = path;
        OriginalError = originalError;
        Extensions = extensions ?? (originalError as GraphQLError)?.Extensions;
    }

    /// <summary>The lines and columns the error refers to, or null when it refers to none.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (strings for fields, ints for list indices) of a field error; null otherwise.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data for the error's <c>extensions</c> entry, or null when there is none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The AST nodes the error is about, or null.</summary>
    public IReadOnlyList<INode>? Nodes { get; }

    /// <summary>The GraphQL source the <see cref="Positions"/> refer to, or null (named so as not to hide <see cref="Exception.Source"/>).</summary>
    public Source? DocumentSource { get; }

    /// <summary>The character offsets the error refers to, or null.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>The exception that caused this error (a resolver's exception), or null.</summary>
    public Exception? OriginalError { get; }
}
