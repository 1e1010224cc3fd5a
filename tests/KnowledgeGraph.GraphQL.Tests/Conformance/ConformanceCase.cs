namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>One request of the corpus.</summary>
/// <param name="Name">Where the case comes from, e.g. <c>spec 5.3.1 invalid: fieldNotDefined</c> or <c>generated #12</c>.</param>
/// <param name="Source">The document.</param>
/// <param name="Variables">The variables sent, as JSON text, or null to send none.</param>
/// <param name="OperationName">The operation name sent, or null.</param>
public sealed record ConformanceCase(string Name, string Source, string? Variables = null, string? OperationName = null)
{
    /// <summary>The case as the node side reads it.</summary>
    public object ToPayload() => new { Source, Variables, OperationName };
}
