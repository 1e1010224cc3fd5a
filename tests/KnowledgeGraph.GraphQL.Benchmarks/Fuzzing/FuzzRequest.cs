namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>One request the fuzzer sends: document text, variables as JSON text (or none), operation name.</summary>
internal sealed record FuzzRequest(string Document, string? Variables, string? OperationName)
{
    /// <summary>The request for a report; documents longer than <paramref name="maxLength"/> are shortened in the middle.</summary>
    public string Describe(int maxLength = 4000)
    {
        static string Shorten(string text, int max) =>
            text.Length <= max ? text : $"{text[..(max / 2)]}\n… ({text.Length - max} characters left out) …\n{text[^(max / 2)..]}";
        return $"document ({Document.Length} characters):\n{Shorten(Document, maxLength)}\nvariables: {(Variables is null ? "(none)" : Shorten(Variables, 1000))}\noperationName: {OperationName ?? "(none)"}";
    }
}
