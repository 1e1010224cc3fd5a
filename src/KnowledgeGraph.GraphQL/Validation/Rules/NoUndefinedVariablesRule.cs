using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation uses, directly or through the fragments it spreads, must be defined
/// by that operation.
/// See <see href="https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined">All Variable Uses Defined</see>.
/// </summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ASTVisitor
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        _defined.Clear();
        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext visit)
    {
        _defined.Add(node.Variable.Name.Value);
        return VisitorAction.Continue;
    }

    protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (_defined.Contains(name))
            {
                continue;
            }

            var message = node.Name is { } operationName
                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is not defined.";
            context.ReportError(new GraphQLError(message, [usage.Node, node]));
        }

        return VisitorAction.Continue;
    }
}
