using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>The store benchmark's knobs, read from <c>--name value</c> pairs.</summary>
internal sealed record StoreBenchmarkOptions
{
    public int Actors { get; init; } = 100_000;

    public int Articles { get; init; } = 200_000;

    public int Ties { get; init; } = 1_000_000;

    public int Seed { get; init; } = 42;

    /// <value>Timed runs of each store query; the SQL baselines run fewer where they are slow.</value>
    public int Iterations { get; init; } = 2_000;

    /// <value>The database file; a fresh temporary file when not given. An existing file is replaced.</value>
    public string? Path { get; init; }

    public static StoreBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StoreBenchmarkOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--actors" => options with { Actors = Number(value) },
                "--articles" => options with { Articles = Number(value) },
                "--ties" => options with { Ties = Number(value) },
                "--seed" => options with { Seed = Number(value) },
                "--iterations" => options with { Iterations = Number(value) },
                "--path" => options with { Path = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; expected --actors, --articles, --ties, --seed, --iterations or --path"),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
