namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Type References section of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType, where ListType : [ Type ] and NonNullType : NamedType ! | ListType !.</summary>
    private ITypeNode ParseTypeReference()
    {
        var start = lexer.Current;
        ITypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = itemType, Loc = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Loc = LocationFrom(start) } : type;
    }

    /// <summary>NamedType : Name.</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = lexer.Current;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Loc = LocationFrom(start) };
    }
}
