namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Operations and Selection Sets sections of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>
    /// OperationDefinition : SelectionSet | Description? OperationType Name? VariableDefinitions? Directives? SelectionSet.
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = lexer.Current;
        if (Peek(TokenKind.BraceL))
        {
            var shorthandSelections = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = shorthandSelections,
                Loc = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = selectionSet,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription.</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        if (lexer.IsKeyword(token, "query"))
        {
            return OperationType.Query;
        }

        if (lexer.IsKeyword(token, "mutation"))
        {
            return OperationType.Mutation;
        }

        if (lexer.IsKeyword(token, "subscription"))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ ).</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?.</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>Variable : $ Name.</summary>
    private VariableNode ParseVariable()
    {
        var start = lexer.Current;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Loc = LocationFrom(start) };
    }

    /// <summary>SelectionSet : { Selection+ }.</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        EnterNesting();
        var start = lexer.Current;
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        LeaveNesting();
        return new SelectionSetNode { Selections = selections, Loc = LocationFrom(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment.</summary>
    private ISelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?, where Alias : Name :.</summary>
    private FieldNode ParseField()
    {
        var start = lexer.Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ).</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
        : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>Argument[Const] : Name : Value[?Const].</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = lexer.Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Loc = LocationFrom(start) };
    }
}
