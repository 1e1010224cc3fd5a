namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Numeric literals.</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, <c>.</c>, NameStart}];
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, <c>.</c>, NameStart}];
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*.
    /// </summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (CharacterClasses.IsDigit(code))
            {
                throw SyntaxError(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        // FractionalPart :: . Digit+
        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || CharacterClasses.IsNameStart(code))
        {
            throw SyntaxError(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    /// <summary>Digit+, returning the position after the last digit.</summary>
    private int ReadDigits(int start, int firstCode)
    {
        if (!CharacterClasses.IsDigit(firstCode))
        {
            throw SyntaxError(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharacterClasses.IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }
}
