namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// Values the generator draws arguments and variables from, so generated requests hit the data: known
/// ids, strings that occur in it, and samples (mostly valid, some not) for each custom scalar.
/// </summary>
internal sealed class GenerationHints
{
    public IReadOnlyList<string> Ids { get; init; } = ["1"];

    public IReadOnlyList<string> Strings { get; init; } = ["a"];

    /// <summary>Sample string values per custom scalar name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScalarSamples { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
