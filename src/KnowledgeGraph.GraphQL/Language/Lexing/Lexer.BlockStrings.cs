namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Block string literals.</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// StringValue :: <c>"""</c> BlockStringCharacter* <c>"""</c>, where only <c>\"""</c> is an escape;
    /// the value is the raw lines with common indentation and blank edge lines removed.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var line = scratch.Clear();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                lines.Add(line.Append(body, chunkStart, position - chunkStart).ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockStrings.DedentLines(lines));
            }

            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                // Keep the quotes, drop the backslash.
                line.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                lines.Add(line.Append(body, chunkStart, position - chunkStart).ToString());
                line.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                throw SyntaxError(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }

            position += width;
        }

        throw SyntaxError(position, "Unterminated string.");
    }
}
