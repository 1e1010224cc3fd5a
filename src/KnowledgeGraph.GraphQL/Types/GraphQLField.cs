using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class GraphQLField
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">The output type.</param>
    /// <param name="args">The arguments, in order.</param>
    /// <param name="resolve">How to compute the value; null uses the default property resolution.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the field is deprecated, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    public GraphQLField(
        string name,
        GraphQLType type,
        IReadOnlyList<GraphQLArgument>? args = null,
        FieldResolver? resolve = null,
        string? description = null,
        string? deprecationReason = null,
        FieldDefinitionNode? astNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Args = args ?? [];
        Resolve = resolve;
        Description = description;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Args { get; }

    /// <summary>The resolver, or null for the default property resolution.</summary>
    public FieldResolver? Resolve { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The SDL definition, or null.</summary>
    public FieldDefinitionNode? AstNode { get; }

    /// <summary>The argument with the given name, or null.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var arg in Args)
        {
            if (string.Equals(arg.Name, name, StringComparison.Ordinal))
            {
                return arg;
            }
        }

        return null;
    }
}
