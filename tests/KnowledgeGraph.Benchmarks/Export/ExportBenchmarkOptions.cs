using KnowledgeGraph.Benchmarks.Generation;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>The export benchmark's knobs, read from <c>--name value</c> pairs.</summary>
internal sealed record ExportBenchmarkOptions
{
    public GraphSize Graph { get; init; } = new();

    /// <value>Runs of each format and edge mode; the table shows the median run. The default is 1.</value>
    public int Runs { get; init; } = 1;

    /// <value>Only these formats (comma-separated names); every format when not given.</value>
    public IReadOnlySet<string>? Formats { get; init; }

    /// <value>
    /// The database file. When it exists it is exported as it stands (so repeated runs skip the generation);
    /// otherwise the generated graph is imported into it and the file is kept. A temporary file when not given.
    /// </value>
    public string? Path { get; init; }

    public static ExportBenchmarkOptions Parse(IReadOnlyList<string> args) => OptionPairs.Parse(
        args,
        new ExportBenchmarkOptions(),
        (options, name, value) => name switch
        {
            "--runs" => options with { Runs = OptionPairs.Number(value) },
            "--formats" => options with { Formats = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) },
            "--path" => options with { Path = value },
            _ => options.Graph.With(name, value) is { } graph ? options with { Graph = graph } : null,
        },
        $"{GraphSize.OptionNames}, --runs, --formats or --path");
}
