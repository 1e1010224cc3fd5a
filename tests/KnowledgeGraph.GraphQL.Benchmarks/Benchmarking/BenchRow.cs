namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>One workload's medians, in operations per second, and the ratios the targets are about.</summary>
internal sealed record BenchRow(string Workload, double Ours, double GraphQLJs, double GraphQLJit)
{
    /// <summary>Ours over graphql-js; the target is at least 3.</summary>
    public double VersusGraphQLJs => Ours / GraphQLJs;

    /// <summary>Ours over graphql-jit; the target is at least 1.</summary>
    public double VersusGraphQLJit => Ours / GraphQLJit;

    public bool MeetsTargets => VersusGraphQLJs >= BenchTable.TargetVersusGraphQLJs && VersusGraphQLJit >= BenchTable.TargetVersusGraphQLJit;
}
