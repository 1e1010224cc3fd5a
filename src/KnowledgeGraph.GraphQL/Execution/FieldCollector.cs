using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>collectFields</c>: groups the fields of selection sets by response name for one
/// runtime type, following fragments once each and honouring <c>@skip</c> and <c>@include</c>.
/// </summary>
internal static class FieldCollector
{
    /// <summary>The fields of the selection sets grouped by response name, in first-seen order.</summary>
    /// <exception cref="GraphQLError">When a <c>@skip</c>/<c>@include</c> argument cannot be coerced.</exception>
    public static OrderedDictionary<string, List<FieldNode>> Collect(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLObjectType runtimeType,
        IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var collector = new Collector(schema, fragments, variables, runtimeType, fields, visitedFragments);
        foreach (var selectionSet in selectionSets)
        {
            collector.CollectFrom(selectionSet);
        }

        return fields;
    }

    /// <summary>Whether any <c>@skip</c> or <c>@include</c> in the operation or the fragments reads a variable.</summary>
    public static bool HasVariableConditions(
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (HasVariableConditions(operation.SelectionSet))
        {
            return true;
        }

        foreach (var fragment in fragments.Values)
        {
            if (HasVariableConditions(fragment.SelectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => ArgumentValues.UsesVariable(a.Value)))
                {
                    return true;
                }
            }

            var inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && HasVariableConditions(inner))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Collector(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLObjectType runtimeType,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        public void CollectFrom(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (ShouldInclude(field))
                        {
                            var name = field.Alias?.Value ?? field.Name.Value;
                            if (!fields.TryGetValue(name, out var list))
                            {
                                list = [];
                                fields.Add(name, list);
                            }

                            list.Add(field);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (ShouldInclude(inline) && ConditionMatches(inline.TypeCondition))
                        {
                            CollectFrom(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (visitedFragments.Contains(fragmentName) || !ShouldInclude(spread))
                        {
                            break;
                        }

                        visitedFragments.Add(fragmentName);
                        if (fragments.TryGetValue(fragmentName, out var fragment) && ConditionMatches(fragment.TypeCondition))
                        {
                            CollectFrom(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private bool ShouldInclude(ISelectionNode node)
        {
            if (node.Directives.Count == 0)
            {
                return true;
            }

            if (DirectiveArgument(node, GraphQLDirective.Skip) is true)
            {
                return false;
            }

            return DirectiveArgument(node, GraphQLDirective.Include) is not false;
        }

        private object? DirectiveArgument(ISelectionNode node, GraphQLDirective directive)
        {
            var directiveNode = node.Directives.FirstOrDefault(d => d.Name.Value == directive.Name);
            if (directiveNode is null)
            {
                return null;
            }

            var outcome = ArgumentValues.Coerce(directive.Args, directiveNode, directiveNode.Arguments, variables);
            return outcome.Values is { } values ? values["if"] : throw outcome.CreateError();
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionalType = TypeFromAst.Convert(schema, typeCondition);
            if (ReferenceEquals(conditionalType, runtimeType))
            {
                return true;
            }

            return conditionalType is GraphQLNamedType named && named.IsAbstractType() && schema.IsSubType(named, runtimeType);
        }
    }
}
