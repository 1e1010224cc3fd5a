using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>The variables operations and fragments use.</summary>
public sealed partial class ValidationContext
{
    private TypeInfo? _usageTypeInfo;
    private readonly Dictionary<INode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);

    // Keyed by operation, and by the list of fragments an operation reaches, which operations
    // spreading the same fragments share.
    private readonly Dictionary<object, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables used directly in an operation or fragment definition, in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            // A walk leaves type information as it found it, so one instance serves every definition.
            _usageTypeInfo ??= new TypeInfo(Schema);
            usages = VariableUsageCollector.Collect(_usageTypeInfo, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables an operation uses, directly and then through every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                collected.AddRange(local);
            }

            fragmentUsages = collected;
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = GetVariableUsages(operation);
        var usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
