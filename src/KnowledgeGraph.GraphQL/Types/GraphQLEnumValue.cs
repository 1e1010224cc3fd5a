using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>One value of an enum type: its GraphQL name and the internal value it stands for.</summary>
public sealed class GraphQLEnumValue
{
    /// <summary>Creates an enum value.</summary>
    /// <param name="name">The name used in documents and results.</param>
    /// <param name="value">The internal value resolvers see and return; graphql-js uses the name when none is given.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the value is deprecated, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    public GraphQLEnumValue(
        string name,
        object? value,
        string? description = null,
        string? deprecationReason = null,
        EnumValueDefinitionNode? astNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value;
        Description = description;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    /// <summary>The name used in documents and results.</summary>
    public string Name { get; }

    /// <summary>The internal value.</summary>
    public object? Value { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The SDL definition, or null.</summary>
    public EnumValueDefinitionNode? AstNode { get; }
}
