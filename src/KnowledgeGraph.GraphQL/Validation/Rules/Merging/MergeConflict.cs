using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>Two sets of fields sharing a response name that cannot be merged, and why.</summary>
/// <param name="ResponseName">The response name they share.</param>
/// <param name="Reason">Why they conflict, as the message words it.</param>
/// <param name="Fields1">The fields on one side, the outer one first.</param>
/// <param name="Fields2">The fields on the other side, the outer one first.</param>
internal sealed record MergeConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
