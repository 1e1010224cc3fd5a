using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Quoted string literals and their escape sequences.</summary>
internal sealed partial class Lexer
{
    /// <summary>Reused for strings that need decoding; most strings have no escapes and are one substring.</summary>
    private readonly StringBuilder scratch = new();

    /// <summary>StringValue :: <c>"</c> StringCharacter* <c>"</c>.</summary>
    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? decoded = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var value = decoded is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : decoded.Append(body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.String, start, position + 1, value);
            }

            if (code == '\\')
            {
                decoded ??= scratch.Clear();
                decoded.Append(body, chunkStart, position - chunkStart);
                position += CodeAt(position + 1) != 'u' ? ReadEscapedCharacter(position, decoded)
                    : CodeAt(position + 2) == '{' ? ReadEscapedUnicodeVariableWidth(position, decoded)
                    : ReadEscapedUnicodeFixedWidth(position, decoded);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
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

    /// <summary>EscapedUnicode :: <c>{</c> HexDigit+ <c>}</c>, at most eight digits, naming a Unicode scalar value.</summary>
    /// <returns>The escape's length in the source.</returns>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder decoded)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                decoded.Append(char.ConvertFromUtf32(point));
                return size;
            }

            // An invalid digit is -1, and so is an overflow past 31 bits: either makes the point negative.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary>
    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, where a leading surrogate must be followed
    /// by a <c>\u</c> escape of a trailing one (JSON-style surrogate pairs).
    /// </summary>
    /// <returns>The escape's length in the source.</returns>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder decoded)
    {
        var code = Read16BitHexCode(position + 2);
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            decoded.Append((char)code);
            return 6;
        }

        if (CharacterClasses.IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (CharacterClasses.IsTrailingSurrogate(trailing))
            {
                decoded.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw SyntaxError(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    /// <summary>Four hex digits as a number, negative if any of them is not a hex digit.</summary>
    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12)
        | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4)
        | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>EscapedCharacter :: one of <c>" \ / b f n r t</c>.</summary>
    /// <returns>The escape's length in the source.</returns>
    private int ReadEscapedCharacter(int position, StringBuilder decoded)
    {
        char? value = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (value is not { } character)
        {
            throw SyntaxError(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        decoded.Append(character);
        return 2;
    }
}
