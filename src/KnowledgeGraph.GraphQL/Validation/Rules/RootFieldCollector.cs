using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// The specification's CollectFields for a subscription's root selection set with no variable values:
/// the fields by response name, in order, following fragments whose type condition matches. Each
/// selection set walked is charged to the fragment work budget, as graphql-js charges it.
/// </summary>
internal sealed class RootFieldCollector(
    ValidationContext context,
    Dictionary<string, FragmentDefinitionNode> fragments,
    GraphQLObjectType rootType)
{
    private readonly List<string> _responseNames = [];
    private readonly Dictionary<string, List<FieldNode>> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

    /// <summary>The field nodes of each response name, in the order the names first appear.</summary>
    public List<List<FieldNode>> Collect(SelectionSetNode selectionSet)
    {
        CollectFrom(selectionSet);
        return _responseNames.ConvertAll(name => _fields[name]);
    }

    private void CollectFrom(SelectionSetNode selectionSet)
    {
        ChargeWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!_fields.TryGetValue(responseName, out var nodes))
                    {
                        nodes = [];
                        _fields[responseName] = nodes;
                        _responseNames.Add(responseName);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && ConditionMatches(inline.TypeCondition):
                    CollectFrom(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (_visitedFragments.Contains(name) || !ShouldInclude(spread.Directives))
                    {
                        break;
                    }

                    _visitedFragments.Add(name);
                    if (fragments.TryGetValue(name, out var fragment) && ConditionMatches(fragment.TypeCondition))
                    {
                        CollectFrom(fragment.SelectionSet);
                    }

                    break;
            }
        }
    }

    private void ChargeWork(SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = context.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionType, rootType)
            || (conditionType is not null && conditionType.IsAbstractType() && context.Schema.IsSubType(conditionType, rootType));
    }

    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives) =>
        !IsLiterallyTrue(FirstNamed(directives, "skip"), orAbsent: false)
        && IsLiterallyTrue(FirstNamed(directives, "include"), orAbsent: true);

    private static DirectiveNode? FirstNamed(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    // The `if` argument (the last one given, as graphql-js keys arguments by name) is the literal true.
    private static bool IsLiterallyTrue(DirectiveNode? directive, bool orAbsent)
    {
        if (directive is null)
        {
            return orAbsent;
        }

        for (var i = directive.Arguments.Count - 1; i >= 0; i--)
        {
            if (directive.Arguments[i].Name.Value == "if")
            {
                return directive.Arguments[i].Value is BooleanValueNode { Value: true };
            }
        }

        return false;
    }
}
