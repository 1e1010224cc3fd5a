namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The character classes of the GraphQL lexical grammar. Codes are ints so "past the end" can be -1,
/// which belongs to no class.
/// </summary>
internal static class CharacterClasses
{
    /// <summary>WhiteSpace :: "Horizontal Tab (U+0009)" | "Space (U+0020)".</summary>
    public static bool IsWhiteSpace(int code) => code is '\t' or ' ';

    /// <summary>Digit :: one of 0 1 2 3 4 5 6 7 8 9.</summary>
    public static bool IsDigit(int code) => code is >= '0' and <= '9';

    /// <summary>NameStart :: Letter | <c>_</c>.</summary>
    public static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    /// <summary>NameContinue :: Letter | Digit | <c>_</c>.</summary>
    public static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    /// <summary>A Unicode scalar value: any code point except a surrogate.</summary>
    public static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;
}
