using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A subscription must select exactly one root field, and not an introspection field, once its
/// fragments are collected.
/// See <see href="https://spec.graphql.org/October2021/#sec-Single-root-field">Single root field</see>.
/// </summary>
/// <remarks>
/// Fields are collected as the specification's CollectFields does with no variable values:
/// <c>@skip</c> drops a selection only when its <c>if</c> is the literal <c>true</c>, <c>@include</c>
/// keeps one only when its <c>if</c> is the literal <c>true</c>. graphql-js instead throws out of
/// validation when such an <c>if</c> is a variable or not a boolean (see the recorded differences).
/// </remarks>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ASTVisitor
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return VisitorAction.Continue;
        }

        var fields = new RootFieldCollector(context, Fragments(), subscriptionType).Collect(node.SelectionSet);
        var operationName = node.Name?.Value;
        if (fields.Count > 1)
        {
            var extraSelections = new List<INode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extraSelections.AddRange(fields[i]);
            }

            context.ReportError(new GraphQLError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extraSelections));
        }

        foreach (var fieldNodes in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(new GraphQLError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes));
            }
        }

        return VisitorAction.Continue;
    }

    private Dictionary<string, FragmentDefinitionNode> Fragments()
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = context.Document.Definitions;
            context.SpendFragmentWork(definitions.Count);
            foreach (var definition in definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments;
    }
}
