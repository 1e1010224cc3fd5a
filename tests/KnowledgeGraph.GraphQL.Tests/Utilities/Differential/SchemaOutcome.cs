namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary>What building an SDL document gave: the printed schema, or the error messages.</summary>
public sealed record SchemaOutcome(string? Printed, IReadOnlyList<string> Errors);
