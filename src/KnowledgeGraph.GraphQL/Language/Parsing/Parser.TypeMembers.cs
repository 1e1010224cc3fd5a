namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The pieces type definitions and extensions share: interfaces, fields, arguments, members, values.</summary>
public sealed partial class Parser
{
    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType.</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : [];

    /// <summary>FieldsDefinition : { FieldDefinition+ }.</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?.</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?.</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType.</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }.</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?.</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>EnumValue : Name but not true, false or null.</summary>
    private NameNode ParseEnumValueName()
    {
        // graphql-js compares the token's value, so a string "true" is refused here too.
        if (CurrentValueIs("true") || CurrentValueIs("false") || CurrentValueIs("null"))
        {
            throw lexer.SyntaxError(
                lexer.Current.Start, $"{lexer.Describe(lexer.Current)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }.</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);
}
