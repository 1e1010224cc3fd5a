using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive must be defined by that field or directive.
/// See <see href="https://spec.graphql.org/October2021/#sec-Argument-Names">Argument Names</see>.
/// </summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterDirective(DirectiveNode node, VisitorContext visit)
    {
        var directiveName = node.Name.Value;
        if (context.Directives.Find(directiveName) is not { } directive)
        {
            return VisitorAction.Skip;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (Array.IndexOf(directive.ArgumentNames, argumentName) >= 0)
            {
                continue;
            }

            var suggestions = context.HideSuggestions ? [] : SuggestionList.Suggest(argumentName, directive.ArgumentNames);
            context.ReportError(new GraphQLError(
                $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + SuggestionList.DidYouMean(suggestions),
                argument));
        }

        // Directive arguments are checked here, so the field argument check below must not see them.
        return VisitorAction.Skip;
    }

    protected override VisitorAction EnterArgument(ArgumentNode node, VisitorContext visit)
    {
        if (context.Argument is not null || context.FieldDefinition is not { } field || context.ParentType is not { } parentType)
        {
            return VisitorAction.Continue;
        }

        var argumentName = node.Name.Value;
        var suggestions = context.HideSuggestions
            ? []
            : SuggestionList.Suggest(argumentName, field.Args.Select(static argument => argument.Name));
        context.ReportError(new GraphQLError(
            $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{field.Name}\"." + SuggestionList.DidYouMean(suggestions),
            node));
        return VisitorAction.Continue;
    }
}
