namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>One document to validate against one of <see cref="Harness.TestSchemas"/>, by both implementations.</summary>
/// <param name="Name">A unique name, shown when the case fails.</param>
/// <param name="Schema">The schema's key in <see cref="ValidationCorpus.Schemas"/>.</param>
/// <param name="Source">The document.</param>
/// <param name="MaxErrors">graphql-js's <c>maxErrors</c> option, when not the default.</param>
/// <param name="HideSuggestions">graphql-js's <c>hideSuggestions</c> option, when set.</param>
public sealed record ValidationCase(string Name, string Schema, string Source, int? MaxErrors = null, bool? HideSuggestions = null)
{
    /// <summary>The case as the reference script's <c>validate</c> mode reads it.</summary>
    public object ToPayload() => new
    {
        schema = Schema,
        source = Source,
        options = MaxErrors is null && HideSuggestions is null ? null : new { maxErrors = MaxErrors, hideSuggestions = HideSuggestions },
    };

    public override string ToString() => Name;
}
