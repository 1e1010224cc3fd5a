using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// Our engine on a workload, as graphql-js is measured: the document parsed and validated once, then
/// executed repeatedly (the executor keeps its plan with the document). Also breaks the cost down for
/// the profile printed when a target is missed.
/// </summary>
internal sealed class OurEngine(GraphQLSchema schema, object? rootValue)
{
    private readonly Executor executor = new(schema);

    public GraphQLSchema Schema => schema;

    /// <summary>Parses and validates the workload, failing loudly if it is not valid.</summary>
    public ExecutionRequest Prepare(Workload workload)
    {
        var document = Parser.Parse(workload.Query);
        var errors = DocumentValidator.Validate(schema, document);
        return errors.Count == 0
            ? new ExecutionRequest { Document = document, VariableValues = workload.Variables, RootValue = rootValue }
            : throw new InvalidOperationException($"{workload.Name} is invalid: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    /// <summary>Executes synchronously; every newsroom resolver completes at once, so the task is already done.</summary>
    public ExecutionResult Execute(ExecutionRequest request)
    {
        var running = executor.ExecuteAsync(request);
        var result = running.IsCompleted ? running.Result : running.AsTask().GetAwaiter().GetResult();
        return result.Errors is { Count: > 0 } errors
            ? throw new InvalidOperationException($"Execution failed: {string.Join("; ", errors.Select(e => e.Message))}")
            : result;
    }

    public Measurement MeasureExecution(Workload workload, BenchOptions options)
    {
        var request = Prepare(workload);
        return Measurement.Of(() => Execute(request), options);
    }

    /// <summary>Parse plus validate, the per-request cost a document cache saves, in milliseconds (median of batches).</summary>
    public double ParseValidateMs(string query, BenchOptions options) =>
        1000 / Measurement.Of(() => DocumentValidator.Validate(schema, Parser.Parse(query)), options).Median;
}
