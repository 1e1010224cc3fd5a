using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Measures an operation before it runs: its depth (deepest field nesting, fragments expanded) and its
/// cost (each field 1; the sub-selection of a field with a list size argument such as <c>first</c>, a list or a
/// connection, times that argument, capped; <see cref="RequestLimits.ListSizeArguments"/> names them).
/// Fragments are measured once each, so documents built to blow up when expanded stay cheap to measure.
/// </summary>
internal sealed class OperationComplexity
{
    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly OperationDefinitionNode _operation;
    private readonly RequestLimits _limits;
    private readonly Dictionary<string, (int Depth, FieldNode? Deepest, long Cost)> _fragmentMeasures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

    private OperationComplexity(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        RequestLimits limits)
    {
        _schema = schema;
        _operation = operation;
        _fragments = fragments;
        _variables = variables;
        _limits = limits;
    }

    /// <summary>The operation's depth, the field that reaches it, and its cost.</summary>
    public static (int Depth, FieldNode? DeepestField, long Cost) Measure(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        RequestLimits limits)
    {
        var measure = new OperationComplexity(schema, operation, fragments, variables, limits);
        return measure.MeasureSelections(operation.SelectionSet, schema.GetRootType(operation.Operation));
    }

    private (int Depth, FieldNode? Deepest, long Cost) MeasureSelections(SelectionSetNode selectionSet, GraphQLNamedType? parentType)
    {
        var depth = 0;
        FieldNode? deepest = null;
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var (selectionDepth, selectionDeepest, selectionCost) = selection switch
            {
                FieldNode field => MeasureField(field, parentType),
                InlineFragmentNode inline => MeasureSelections(
                    inline.SelectionSet,
                    inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value)),
                FragmentSpreadNode spread => MeasureFragment(spread.Name.Value),
                _ => (0, null, 0L),
            };
            if (selectionDepth > depth)
            {
                depth = selectionDepth;
                deepest = selectionDeepest;
            }

            cost = Add(cost, selectionCost);
        }

        return (depth, deepest, cost);
    }

    private (int Depth, FieldNode? Deepest, long Cost) MeasureField(FieldNode field, GraphQLNamedType? parentType)
    {
        var definition = FieldDefinition(field.Name.Value, parentType);
        if (field.SelectionSet is null)
        {
            return (1, field, 1);
        }

        var (depth, deepest, cost) = MeasureSelections(field.SelectionSet, definition?.Type.GetNamedType());
        var multiplier = definition is null ? 1 : ListMultiplier(field, definition);
        return (depth + 1, deepest ?? field, Add(1, Multiply(cost, multiplier)));
    }

    private (int Depth, FieldNode? Deepest, long Cost) MeasureFragment(string name)
    {
        if (_fragmentMeasures.TryGetValue(name, out var known))
        {
            return known;
        }

        // A cycle (which validation refuses) counts as nothing rather than forever.
        if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
        {
            return (0, null, 0);
        }

        var measured = MeasureSelections(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value));
        _measuring.Remove(name);
        _fragmentMeasures[name] = measured;
        return measured;
    }

    private GraphQLField? FieldDefinition(string name, GraphQLNamedType? parentType) => name switch
    {
        "__schema" when ReferenceEquals(parentType, _schema.QueryType) => Introspection.SchemaMetaField,
        "__type" when ReferenceEquals(parentType, _schema.QueryType) => Introspection.TypeMetaField,
        _ => (parentType as GraphQLImplementingType)?.GetField(name),
    };

    private long ListMultiplier(FieldNode field, GraphQLField definition)
    {
        // A page-size argument multiplies whatever the field returns: a list, or a Relay connection (an object whose
        // edges and nodes hold that many items). A field that has one but is given none serves its own default size.
        var sized = false;
        foreach (var name in _limits.ListSizeArguments)
        {
            if (definition.GetArgument(name) is not { } argument)
            {
                continue;
            }

            sized = true;
            var given = field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
            var count = given is null ? (argument.HasDefaultValue ? AsCount(argument.DefaultValue) : null) : Count(given);
            if (count is { } n)
            {
                return Math.Clamp(n, 0, _limits.MaxListMultiplier);
            }
        }

        return sized ? Math.Clamp(_limits.AssumedListSize, 0, _limits.MaxListMultiplier) : 1;
    }

    private long? Count(IValueNode value) => value switch
    {
        IntValueNode literal => long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue,
        VariableNode variable => _variables.TryGetValue(variable.Name.Value, out var raw) && AsCount(raw) is { } n
            ? n
            : VariableDefault(variable.Name.Value),
        _ => null,
    };

    private long? VariableDefault(string name) =>
        _operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == name)?.DefaultValue is IntValueNode literal
            ? Count(literal)
            : null;

    private static long? AsCount(object? value) => value switch
    {
        int n => n,
        long n => n,
        double d when double.IsFinite(d) => (long)Math.Min(d, long.MaxValue),
        JsonElement { ValueKind: JsonValueKind.Number } json => json.TryGetInt64(out var n) ? n : long.MaxValue,
        _ => null,
    };

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
