using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A field or directive must not be given two arguments with the same name.
/// See <see href="https://spec.graphql.org/October2021/#sec-Argument-Uniqueness">Argument Uniqueness</see>.
/// </summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
    {
        CheckUniqueness(node.Arguments);
        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterDirective(DirectiveNode node, VisitorContext visit)
    {
        CheckUniqueness(node.Arguments);
        return VisitorAction.Continue;
    }

    private void CheckUniqueness(IReadOnlyList<ArgumentNode> arguments)
    {
        var repeated = RepeatedNames.Find(arguments, static argument => argument.Name);
        if (repeated is null)
        {
            return;
        }

        foreach (var names in repeated)
        {
            context.ReportError(new GraphQLError($"There can be only one argument named \"{names[0].Value}\".", names));
        }
    }
}
