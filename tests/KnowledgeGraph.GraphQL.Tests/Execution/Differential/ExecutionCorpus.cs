namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

/// <summary>Execution cases compared with graphql-js, gathered from the topic files of this partial class.</summary>
public static partial class ExecutionCorpus
{
    private static readonly Lazy<IReadOnlyList<ExecutionCase>> Cases = new(() =>
    [
        .. BasicCases(),
        .. NonNullCases(),
        .. ListCases(),
        .. AbstractCases(),
        .. VariableCases(),
        .. ArgumentCases(),
        .. IntrospectionCases(),
    ]);

    public static IReadOnlyList<ExecutionCase> All => Cases.Value;

    public static ExecutionCase Named(string name) => All.Single(c => c.Name == name);
}
