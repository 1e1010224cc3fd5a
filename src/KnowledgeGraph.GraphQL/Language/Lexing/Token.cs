namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A lexical token. Only string tokens carry a <see cref="Value"/> (their decoded text); names and
/// numbers are read from the source on demand so punctuation and keyword checks allocate nothing.
/// </summary>
internal readonly struct Token(TokenKind kind, int start, int end, string? value = null)
{
    public TokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; } = end;

    public string? Value { get; } = value;
}
