namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Schema, Descriptions and Directive Definition parts of the Type System section.</summary>
public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }.</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType.</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = lexer.Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Loc = LocationFrom(start) };
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations.
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (one of the upper-case names).</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = lexer.Current;
        var name = ParseName();
        if (DirectiveLocationNames.TryParse(name.Value, out _))
        {
            return name;
        }

        throw Unexpected(start);
    }
}
