using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>The coercion functions bound to a custom scalar.</summary>
internal sealed record ScalarBinding(
    Func<object, object?> Serialize,
    Func<object, object?> ParseValue,
    Func<IValueNode, IReadOnlyDictionary<string, object?>?, object?>? ParseLiteral);
