namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Input Values section of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const].
    /// </summary>
    private IValueNode ParseValueLiteral(bool isConst)
    {
        var token = lexer.Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = lexer.Text(token), Loc = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = lexer.Text(token), Loc = LocationFrom(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return ParseNameValue(token);
            case TokenKind.Dollar when isConst:
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw lexer.SyntaxError(
                        token.Start, $"Unexpected variable \"${lexer.Text(lexer.Current)}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null.</summary>
    private IValueNode ParseNameValue(Token token)
    {
        if (lexer.IsKeyword(token, "true"))
        {
            return new BooleanValueNode { Value = true, Loc = LocationFrom(token) };
        }

        if (lexer.IsKeyword(token, "false"))
        {
            return new BooleanValueNode { Value = false, Loc = LocationFrom(token) };
        }

        if (lexer.IsKeyword(token, "null"))
        {
            return new NullValueNode { Loc = LocationFrom(token) };
        }

        return new EnumValueNode { Value = lexer.Text(token), Loc = LocationFrom(token) };
    }

    /// <summary>StringValue, either quoted or block.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = lexer.Current;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Loc = LocationFrom(token),
        };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ].</summary>
    private ListValueNode ParseList(bool isConst)
    {
        EnterNesting();
        var start = lexer.Current;
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        LeaveNesting();
        return new ListValueNode { Values = values, Loc = LocationFrom(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }.</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        EnterNesting();
        var start = lexer.Current;
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        LeaveNesting();
        return new ObjectValueNode { Fields = fields, Loc = LocationFrom(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const].</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = lexer.Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Loc = LocationFrom(start) };
    }
}
