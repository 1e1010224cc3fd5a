using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines must be used, directly or through the fragments it spreads.
/// See <see href="https://spec.graphql.org/October2021/#sec-All-Variables-Used">All Variables Used</see>.
/// </summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ASTVisitor
{
    private const int ManyComparisons = 256;

    private readonly List<VariableDefinitionNode> _definitions = [];

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        _definitions.Clear();
        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext visit)
    {
        _definitions.Add(node);
        return VisitorAction.Continue;
    }

    protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        var usedNames = _definitions.Count * usages.Count > ManyComparisons ? NamesOf(usages) : null;
        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (usedNames?.Contains(name) ?? IsUsed(usages, name))
            {
                continue;
            }

            var message = node.Name is { } operationName
                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is never used.";
            context.ReportError(new GraphQLError(message, definition));
        }

        return VisitorAction.Continue;
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        foreach (var usage in usages)
        {
            if (string.Equals(usage.Node.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> NamesOf(IReadOnlyList<VariableUsage> usages)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            names.Add(usage.Node.Name.Value);
        }

        return names;
    }
}
