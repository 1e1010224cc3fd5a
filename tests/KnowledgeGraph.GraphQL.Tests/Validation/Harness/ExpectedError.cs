namespace KnowledgeGraph.GraphQL.Tests.Validation.Harness;

/// <summary>A validation error a test expects: the exact message and every location, as 1-based line and column.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    /// <summary>One line per error, so a failing assertion shows what differs.</summary>
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(location => $"{location.Line}:{location.Column}"));
}
