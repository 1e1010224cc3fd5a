namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a source, as GraphQL errors report them.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, counted in UTF-16 code units as graphql-js does.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>Computes the line and column of a character offset in a source.</summary>
    public static SourceLocation FromOffset(Source source, int position)
    {
        ArgumentNullException.ThrowIfNull(source);
        return FromOffset(source.Body, position);
    }

    /// <summary>
    /// Computes the line and column of a character offset in a text. Line breaks are <c>\r\n</c>,
    /// <c>\n</c> or <c>\r</c>, each counted once, matching graphql-js's <c>getLocation</c>.
    /// </summary>
    public static SourceLocation FromOffset(string body, int position)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                var crlf = i + 1 < body.Length && body[i + 1] == '\n';
                line++;
                lineStart = crlf ? i + 2 : i + 1;
                if (crlf)
                {
                    i++;
                }
            }
        }

        return new SourceLocation(line, position + 1 - lineStart);
    }
}
