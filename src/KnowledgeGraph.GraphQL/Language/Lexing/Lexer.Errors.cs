using System.Globalization;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The lexer's error wording, identical to graphql-js 16's.</summary>
internal sealed partial class Lexer
{
    private GraphQLError UnexpectedCharacter(int position)
    {
        int code = body[position];
        if (code == '\'')
        {
            return SyntaxError(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var printed = PrintCodePointAt(position);
        return CharacterClasses.IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
            ? SyntaxError(position, $"Unexpected character: {printed}.")
            : SyntaxError(position, $"Invalid character: {printed}.");
    }

    /// <summary>
    /// Names the character at a position for an error: printable ASCII in double quotes (a double
    /// quote itself in single quotes), anything else as <c>U+XXXX</c>, and <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= body.Length)
        {
            return TokenKindDescriptions.Describe(TokenKind.EndOfFile);
        }

        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(body[position], body[position + 1]) : body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Source text from <paramref name="start"/>, cut at the end of the body as JavaScript's slice does.</summary>
    private string Slice(int start, int end) => body[start..Math.Min(end, body.Length)];
}
