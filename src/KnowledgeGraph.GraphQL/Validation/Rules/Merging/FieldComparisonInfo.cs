using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>
/// What comparing a field with others needs, prepared once per field: its arguments by name, the named
/// type of its sub-selections, and a number identifying it in the pairs already compared.
/// </summary>
internal sealed class FieldComparisonInfo(int id, GraphQLNamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
{
    /// <summary>Unique within one validation.</summary>
    public int Id { get; } = id;

    /// <summary>
    /// The arguments as one text (names and stringified values, in order), once built; null when a name
    /// repeats, since then equal texts need not mean equal arguments to graphql-js's comparison.
    /// </summary>
    public string? ArgumentsKey { get; set; }

    /// <summary>Whether <see cref="ArgumentsKey"/> was built.</summary>
    public bool HasArgumentsKey { get; set; }

    /// <summary>The named type of the field's value, or null when the field is unknown.</summary>
    public GraphQLNamedType? NamedType { get; } = namedType;

    /// <summary>The arguments given, in order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

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
