using System.Globalization;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>The command line: <c>[--graph seed|generated|both] [--duration 10s] [--runs 3]</c>.</summary>
internal sealed record BenchmarkOptions
{
    public IReadOnlyList<string> Graphs { get; init; } = ["seed", "generated"];

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Runs { get; init; } = 3;

    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Min(3, Duration.TotalSeconds));

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--graph" => options with { Graphs = ParseGraph(value) },
                "--duration" => options with { Duration = ParseDuration(value) },
                "--runs" => options with { Runs = int.TryParse(value, CultureInfo.InvariantCulture, out var runs) && runs is > 0 and <= 9
                    ? runs : throw new ArgumentException($"--runs must be 1 to 9, got \"{value}\".") },
                _ => throw new ArgumentException($"Unknown option \"{args[i]}\"; the options are --graph seed|generated|both, --duration 10s, --runs 3."),
            };
            i++;
        }

        return options;
    }

    private static string[] ParseGraph(string value) => value switch
    {
        "seed" => ["seed"],
        "generated" => ["generated"],
        "both" => ["seed", "generated"],
        _ => throw new ArgumentException($"--graph must be seed, generated or both, got \"{value}\"."),
    };

    private static TimeSpan ParseDuration(string value)
    {
        var (number, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 0.001)
            : value.EndsWith('s') ? (value[..^1], 1.0)
            : value.EndsWith('m') ? (value[..^1], 60.0)
            : (value, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount * unit is >= 1 and <= 600
            ? TimeSpan.FromSeconds(amount * unit)
            : throw new ArgumentException($"--duration must be 1s to 10m (e.g. 10s, 1500ms, 1m), got \"{value}\".");
    }
}
