namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Document section of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>Document : Definition+.</summary>
    private DocumentNode ParseDocument()
    {
        var start = lexer.Current;
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode { Definitions = definitions, TokenCount = tokenCount, Loc = LocationFrom(start) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension, where
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition. A leading description needs a
    /// second token of lookahead to find the keyword that says which definition follows.
    /// </summary>
    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? lexer.Lookahead() : lexer.Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw lexer.SyntaxError(
                lexer.Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (lexer.Text(keyword))
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend" when !hasDescription:
                    return ParseTypeSystemExtension();
            }

            if (hasDescription)
            {
                throw lexer.SyntaxError(
                    lexer.Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue].</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = lexer.Text(token), Loc = LocationFrom(token) };
    }
}
