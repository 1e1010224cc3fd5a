using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>One place a variable is used, with what that position expects.</summary>
/// <param name="Node">The variable as written.</param>
/// <param name="Type">The input type the position expects, or null when the schema does not know the position.</param>
/// <param name="HasDefaultValue">Whether the position (an argument or input field) has a default value of its own.</param>
/// <param name="DefaultValue">That default value; meaningful when <paramref name="HasDefaultValue"/>.</param>
/// <param name="ParentType">The input type of the list or input object holding the position, or null.</param>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    bool HasDefaultValue,
    object? DefaultValue,
    GraphQLType? ParentType);
