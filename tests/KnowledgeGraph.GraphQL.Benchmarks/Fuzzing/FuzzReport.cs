namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>What a fuzzing run found: outcomes by kind, the slowest request, peak memory and every violation.</summary>
internal sealed class FuzzReport
{
    public int Count { get; set; }

    /// <summary>How many requests ended how: <c>ok</c>, <c>field errors</c>, <c>syntax error</c>, <c>validation error</c>, ...</summary>
    public SortedDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public double SlowestMs { get; set; }

    public int SlowestNumber { get; set; }

    public FuzzRequest? Slowest { get; set; }

    public double PeakWorkingSetMb { get; set; }

    public TimeSpan Elapsed { get; set; }

    public List<FuzzViolation> Violations { get; } = [];

    public string Summary() =>
        $"{Count} requests in {Elapsed.TotalSeconds:F1} s; outcomes: {string.Join(", ", Outcomes.Select(o => $"{o.Key} {o.Value}"))}; "
        + $"slowest {SlowestMs:F1} ms; peak working set {PeakWorkingSetMb:F0} MB; {Violations.Count} violation(s).";
}
