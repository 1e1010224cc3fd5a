using System.Text;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form a cycle: no fragment may spread itself, directly or through others.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles">Fragment spreads must not form cycles</see>.
/// </summary>
/// <remarks>
/// A depth-first search that visits each fragment once and keeps going after a cycle, so every cycle
/// is reported once, in graphql-js's order.
/// </remarks>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ASTVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit) =>
        VisitorAction.Skip;

    protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext visit)
    {
        DetectCycles(node);
        return VisitorAction.Skip;
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (context.GetFragment(spreadName) is { } spreadFragment)
            {
                DetectCycles(spreadFragment);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (var i = 0; i < cyclePath.Count - 1; i++)
        {
            via.Append(i == 0 ? string.Empty : ", ").Append('"').Append(cyclePath[i].Name.Value).Append('"');
        }

        var message = via.Length == 0
            ? $"Cannot spread fragment \"{spreadName}\" within itself."
            : $"Cannot spread fragment \"{spreadName}\" within itself via {via}.";
        context.ReportError(new GraphQLError(message, [.. cyclePath]));
    }
}
