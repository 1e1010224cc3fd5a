namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>A request that broke a rule of the fuzzer: an exception escaped, it took too long, or memory grew too much.</summary>
/// <param name="Kind">What was broken: <c>exception</c>, <c>slow</c> or <c>memory</c>.</param>
/// <param name="Detail">The exception, the time taken or the working set.</param>
/// <param name="Request">The offending request.</param>
internal sealed record FuzzViolation(string Kind, string Detail, FuzzRequest Request);
