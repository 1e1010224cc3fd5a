using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Each fragment definition must have a name no other fragment in the document has.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness">Fragment Name Uniqueness</see>.
/// </summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ASTVisitor
{
    private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit) =>
        VisitorAction.Skip;

    protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext visit)
    {
        var name = node.Name;
        if (_knownNames.TryGetValue(name.Value, out var known))
        {
            context.ReportError(new GraphQLError($"There can be only one fragment named \"{name.Value}\".", [known, name]));
        }
        else
        {
            _knownNames[name.Value] = name;
        }

        return VisitorAction.Skip;
    }
}
