using KnowledgeGraph.Benchmarks.Generation;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>The store benchmark's knobs, read from <c>--name value</c> pairs.</summary>
internal sealed record StoreBenchmarkOptions
{
    public GraphSize Graph { get; init; } = new();

    /// <value>Timed runs of each store query; the SQL baselines run fewer where they are slow.</value>
    public int Iterations { get; init; } = 2_000;

    /// <value>The database file; a fresh temporary file when not given. An existing file is replaced.</value>
    public string? Path { get; init; }

    public static StoreBenchmarkOptions Parse(IReadOnlyList<string> args) => OptionPairs.Parse(
        args,
        new StoreBenchmarkOptions(),
        (options, name, value) => name switch
        {
            "--iterations" => options with { Iterations = OptionPairs.Number(value) },
            "--path" => options with { Path = value },
            _ => options.Graph.With(name, value) is { } graph ? options with { Graph = graph } : null,
        },
        $"{GraphSize.OptionNames}, --iterations or --path");
}
