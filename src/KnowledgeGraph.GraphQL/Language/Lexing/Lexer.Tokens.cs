namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The token loop: ignored characters, punctuators, names and comments.</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// Token :: Punctuator | Name | IntValue | FloatValue | StringValue, skipping
    /// Ignored :: UnicodeBOM | WhiteSpace | LineTerminator | Comment | Comma.
    /// </summary>
    private Token ReadToken(int start)
    {
        var length = body.Length;
        var position = start;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return new Token(TokenKind.Bang, position, position + 1);
                case '$':
                    return new Token(TokenKind.Dollar, position, position + 1);
                case '&':
                    return new Token(TokenKind.Amp, position, position + 1);
                case '(':
                    return new Token(TokenKind.ParenL, position, position + 1);
                case ')':
                    return new Token(TokenKind.ParenR, position, position + 1);
                case '.' when CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.':
                    return new Token(TokenKind.Spread, position, position + 3);
                case ':':
                    return new Token(TokenKind.Colon, position, position + 1);
                case '=':
                    return new Token(TokenKind.EqualsSign, position, position + 1);
                case '@':
                    return new Token(TokenKind.At, position, position + 1);
                case '[':
                    return new Token(TokenKind.BracketL, position, position + 1);
                case ']':
                    return new Token(TokenKind.BracketR, position, position + 1);
                case '{':
                    return new Token(TokenKind.BraceL, position, position + 1);
                case '|':
                    return new Token(TokenKind.Pipe, position, position + 1);
                case '}':
                    return new Token(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (CharacterClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (CharacterClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw UnexpectedCharacter(position);
        }

        return new Token(TokenKind.EndOfFile, length, length);
    }

    /// <summary>Comment :: <c>#</c> CommentChar*, ending at a line terminator (or a lone surrogate).</summary>
    private int SkipComment(int start)
    {
        if (maxComments is { } limit)
        {
            if (commentCount + 1 > limit)
            {
                throw SyntaxError(start, $"Document contains more than {limit} comments. Parsing aborted.");
            }

            commentCount++;
        }

        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                break;
            }

            position += width;
        }

        return position;
    }

    /// <summary>Name :: NameStart NameContinue*.</summary>
    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < body.Length && CharacterClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position);
    }
}
