namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A Cypher statement and the parameters it refers to as <c>$name</c>.</summary>
/// <remarks>
/// Parameter values may be <see langword="null"/>, strings, booleans, integers, floating-point numbers
/// (finite only; always sent as floats, so <c>1.0</c> stays a float in Neo4j), enums (sent as their
/// name), <see cref="Guid"/>, dates and times (sent as ISO-8601 strings), dictionaries with string
/// keys (sent as maps), sequences (sent as lists), <see cref="System.Text.Json.JsonElement"/>, and
/// plain objects (sent as maps of their public properties).
/// </remarks>
public sealed class Neo4jStatement
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>Initializes a statement without parameters.</summary>
    /// <param name="text">The Cypher text.</param>
    public Neo4jStatement(string text)
        : this(text, null)
    {
    }

    /// <summary>Initializes a statement with parameters.</summary>
    /// <param name="text">The Cypher text; values belong in <paramref name="parameters"/>, never in the text.</param>
    /// <param name="parameters">The values the text refers to as <c>$name</c>.</param>
    public Neo4jStatement(string text, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Parameters = parameters ?? NoParameters;
    }

    /// <summary>Gets the Cypher text.</summary>
    public string Text { get; }

    /// <summary>Gets the parameter values by name.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>Returns the Cypher text; parameter values are left out on purpose.</summary>
    /// <returns>The Cypher text.</returns>
    public override string ToString() => Text;
}
