namespace KnowledgeGraph.Benchmarks.Generation;

/// <summary>The generated graph's size and seed, shared by the modes that run on it (store, export).</summary>
internal sealed record GraphSize
{
    public int Actors { get; init; } = 100_000;

    public int Articles { get; init; } = 200_000;

    public int Ties { get; init; } = 1_000_000;

    public int Seed { get; init; } = 42;

    /// <summary>The option names <see cref="With"/> knows, for usage messages.</summary>
    public const string OptionNames = "--actors, --articles, --ties, --seed";

    /// <summary>This size with one option applied, or null when <paramref name="name"/> is not one of its options.</summary>
    public GraphSize? With(string name, string value) => name switch
    {
        "--actors" => this with { Actors = OptionPairs.Number(value) },
        "--articles" => this with { Articles = OptionPairs.Number(value) },
        "--ties" => this with { Ties = OptionPairs.Number(value) },
        "--seed" => this with { Seed = OptionPairs.Number(value) },
        _ => null,
    };

    public override string ToString() => $"{Actors:N0} actors, {Articles:N0} articles, {Ties:N0} ties, seed {Seed}";
}
