using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// What comparing a field with others needs, prepared once per field: its arguments by name, the named
/// type of its sub-selections, and the outcome of comparisons already made.
/// </summary>
internal sealed class FieldComparisonInfo(GraphQLNamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
{
    /// <summary>The named type of the field's value, or null when the field is unknown.</summary>
    public GraphQLNamedType? NamedType { get; } = namedType;

    /// <summary>The arguments given, in order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <summary>Per field compared with this one, why they cannot merge, or null when they can (on name and arguments).</summary>
    public Dictionary<FieldComparisonInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The field's type as printed in a message, once printed.</summary>
    public string? TypeString { get; set; }

    /// <summary>The value of the last argument with the given name (graphql-js keys them by name), or null.</summary>
    public IValueNode? ArgumentValue(string name)
    {
        for (var i = Arguments.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Arguments[i].Name.Value, name, StringComparison.Ordinal))
            {
                return Arguments[i].Value;
            }
        }

        return null;
    }
}
