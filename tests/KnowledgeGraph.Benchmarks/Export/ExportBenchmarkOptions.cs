using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>The export benchmark's knobs, read from <c>--name value</c> pairs.</summary>
internal sealed record ExportBenchmarkOptions
{
    public int Actors { get; init; } = 100_000;

    public int Articles { get; init; } = 200_000;

    public int Ties { get; init; } = 1_000_000;

    public int Seed { get; init; } = 42;

    /// <value>Runs of each format and edge mode; the table shows the median run. The default is 1.</value>
    public int Runs { get; init; } = 1;

    /// <value>Only these formats (comma-separated names); every format when not given.</value>
    public IReadOnlySet<string>? Formats { get; init; }

    /// <value>
    /// The database file. When it exists it is exported as it stands (so repeated runs skip the generation);
    /// otherwise the generated graph is imported into it and the file is kept. A temporary file when not given.
    /// </value>
    public string? Path { get; init; }

    public static ExportBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ExportBenchmarkOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--actors" => options with { Actors = Number(value) },
                "--articles" => options with { Articles = Number(value) },
                "--ties" => options with { Ties = Number(value) },
                "--seed" => options with { Seed = Number(value) },
                "--runs" => options with { Runs = Number(value) },
                "--formats" => options with { Formats = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) },
                "--path" => options with { Path = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; expected --actors, --articles, --ties, --seed, --runs, --formats or --path"),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
