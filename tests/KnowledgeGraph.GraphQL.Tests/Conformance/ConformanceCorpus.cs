using KnowledgeGraph.GraphQL.Benchmarks.Generation;
using KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Every case compared for a schema: the hand-written documents (the specification's validation examples
/// for the pets schema, execution semantics for the others), documents generated from the schema with a
/// fixed seed, and one mutation of each generated document.
/// </summary>
internal static class ConformanceCorpus
{
    /// <summary>How many documents are generated per schema; each also yields one mutated document.</summary>
    public const int GeneratedPerSchema = 120;

    public static IReadOnlyList<ConformanceCase> For(ConformanceSchema schema)
    {
        var handWritten = schema.Name switch
        {
            "library" => LibraryDocuments.All,
            "social" => SocialDocuments.All,
            _ => SpecificationExamples.All,
        };
        return [.. handWritten, .. Generated(schema)];
    }

    private static IEnumerable<ConformanceCase> Generated(ConformanceSchema schema)
    {
        var seed = schema.Name.Length * 7919;
        var generator = new OperationGenerator(schema.Schema, schema.Hints(), seed);
        var mutator = new RequestMutator(schema.Schema, seed + 1);
        for (var i = 1; i <= GeneratedPerSchema; i++)
        {
            var request = generator.Next();
            yield return new ConformanceCase($"generated #{i}", request.Document, request.VariablesJson, request.OperationName);
            var mutation = mutator.Mutate(request);
            yield return new ConformanceCase($"generated #{i} mutated: {mutation}", request.Document, request.VariablesJson, request.OperationName);
        }
    }
}
