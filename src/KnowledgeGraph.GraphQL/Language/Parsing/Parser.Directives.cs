namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Directives section of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (here also zero of them, giving an empty list).</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?.</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = lexer.Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Loc = LocationFrom(start) };
    }
}
