namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// Values the generator draws arguments and variables from, so generated requests hit the data: known
/// ids, strings that occur in it, and valid values of each custom scalar (variables sometimes get an
/// arbitrary string instead, which the scalar may refuse when the request runs).
/// </summary>
internal sealed class GenerationHints
{
    public IReadOnlyList<string> Ids { get; init; } = ["1"];

    public IReadOnlyList<string> Strings { get; init; } = ["a"];

    /// <summary>Valid values per custom scalar name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScalarSamples { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
