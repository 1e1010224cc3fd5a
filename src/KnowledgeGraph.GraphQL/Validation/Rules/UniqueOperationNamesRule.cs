using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Each named operation must have a name no other operation in the document has.
/// See <see href="https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness">Operation Name Uniqueness</see>.
/// </summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ASTVisitor
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        if (node.Name is { } name)
        {
            if (_knownNames.TryGetValue(name.Value, out var known))
            {
                context.ReportError(new GraphQLError(
                    $"There can be only one operation named \"{name.Value}\".",
                    [known, name]));
            }
            else
            {
                _knownNames[name.Value] = name;
            }
        }

        return VisitorAction.Skip;
    }

    protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext visit) =>
        VisitorAction.Skip;
}
