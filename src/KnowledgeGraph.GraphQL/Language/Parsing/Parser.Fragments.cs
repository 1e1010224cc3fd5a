namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The Fragments section of the grammar.</summary>
public sealed partial class Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?;
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet.
    /// </summary>
    private ISelectionNode ParseFragment()
    {
        var start = lexer.Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Loc = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet, with
    /// VariableDefinitions? after the name when legacy fragment variables are allowed.
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = lexer.Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var variableDefinitions = allowLegacyFragmentVariables ? ParseVariableDefinitions() : [];
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            VariableDefinitions = variableDefinitions,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Loc = LocationFrom(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        // graphql-js compares the token's value, so a string "on" is refused here too.
        if (CurrentValueIs("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
