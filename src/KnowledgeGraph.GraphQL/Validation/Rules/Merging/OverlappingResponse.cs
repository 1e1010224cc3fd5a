namespace KnowledgeGraph.GraphQL.Validation.Rules.Merging;

/// <summary>A response name two collections of fields both have, with each side's fields.</summary>
internal sealed record OverlappingResponse(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);
