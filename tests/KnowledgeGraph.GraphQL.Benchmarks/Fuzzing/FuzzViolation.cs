namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>A request that broke a rule of the fuzzer: an exception escaped, it took too long, or memory grew too much.</summary>
/// <param name="Kind">What was broken: <c>exception</c>, <c>slow</c> or <c>memory</c>.</param>
/// <param name="Detail">The exception, the time taken or the working set.</param>
/// <param name="Request">The offending request.</param>
/// <param name="Number">The request's number in the run (<c>fuzz --show</c> prints it again); -1 for a warm-up request.</param>
internal sealed record FuzzViolation(string Kind, string Detail, FuzzRequest Request, int Number)
{
    /// <summary>What violations of the same cause share: the kind, and for an exception its type and first frame in our code.</summary>
    public string Cause => Kind != "exception"
        ? Kind
        : string.Join(" ", Detail.Split('\n').Where(line => !line.TrimStart().StartsWith("at System.", StringComparison.Ordinal)).Take(2).Select(line => line.Trim()));
}
