using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class GraphQLInputField : IInputValueDefinition
{
    /// <summary>Creates an input field; pass <paramref name="hasDefaultValue"/> to give it <paramref name="defaultValue"/> (which may be null).</summary>
    public GraphQLInputField(
        string name,
        GraphQLType type,
        string? description = null,
        bool hasDefaultValue = false,
        object? defaultValue = null,
        string? deprecationReason = null,
        InputValueDefinitionNode? astNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        HasDefaultValue = hasDefaultValue;
        DefaultValue = hasDefaultValue ? defaultValue : null;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public GraphQLType Type { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public bool HasDefaultValue { get; }

    /// <inheritdoc/>
    public object? DefaultValue { get; }

    /// <inheritdoc/>
    public string? DeprecationReason { get; }

    /// <inheritdoc/>
    public InputValueDefinitionNode? AstNode { get; }
}
