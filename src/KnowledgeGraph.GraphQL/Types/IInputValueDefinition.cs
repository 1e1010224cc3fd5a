using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// What arguments and input fields share (graphql-js's <c>__InputValue</c>): a name, an input type and
/// an optional default value. "No default" (JavaScript's <c>undefined</c>) and "default null" differ,
/// hence <see cref="HasDefaultValue"/>.
/// </summary>
public interface IInputValueDefinition
{
    /// <summary>The name.</summary>
    string Name { get; }

    /// <summary>The input type.</summary>
    GraphQLType Type { get; }

    /// <summary>The description, or null.</summary>
    string? Description { get; }

    /// <summary>Whether a default value is defined.</summary>
    bool HasDefaultValue { get; }

    /// <summary>The default value as an internal value; meaningful only when <see cref="HasDefaultValue"/>.</summary>
    object? DefaultValue { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    string? DeprecationReason { get; }

    /// <summary>The SDL definition, or null.</summary>
    InputValueDefinitionNode? AstNode { get; }
}
