using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

internal sealed partial class Fuzzer
{
    /// <summary>
    /// Runs one request through the pipeline and writes its response, recording outcome, time and
    /// violations. Variables are read as a host reads them, before the clock starts; JSON nested deeper
    /// than hosts accept never reaches the engine.
    /// </summary>
    private void RunOne(FuzzRequest request, FuzzReport report, int number)
    {
        JsonDocument? variables = null;
        try
        {
            variables = request.Variables is null ? null : JsonDocument.Parse(request.Variables, VariableReading);
        }
        catch (JsonException)
        {
            report.Count++;
            report.Outcomes["variables refused by the host"] = report.Outcomes.GetValueOrDefault("variables refused by the host") + 1;
            return;
        }

        using var parsed = variables;
        Current = request;
        Interlocked.Exchange(ref currentStarted, Stopwatch.GetTimestamp());
        string outcome;
        try
        {
            var result = pipeline.ExecuteAsync(new GraphQLRequest
            {
                Query = request.Document,
                OperationName = request.OperationName,
                VariableValues = variables is null ? null : ExecutionRequest.VariablesFromJson(variables.RootElement),
            }).AsTask().GetAwaiter().GetResult();
            response.Clear();
            ResponseWriter.Write(response, result);
            outcome = Classify(result);
        }
        catch (Exception escaped)
        {
            outcome = "exception";
            report.Violations.Add(new FuzzViolation("exception", escaped.ToString(), request, number));
        }

        var elapsedMs = Stopwatch.GetElapsedTime(Interlocked.Read(ref currentStarted)).TotalMilliseconds;
        Current = null;
        report.Count++;
        report.Outcomes[outcome] = report.Outcomes.GetValueOrDefault(outcome) + 1;
        if (elapsedMs > report.SlowestMs)
        {
            report.SlowestMs = elapsedMs;
            report.Slowest = request;
            report.SlowestNumber = number;
        }

        if (elapsedMs > options.TimeLimitMs)
        {
            report.Violations.Add(new FuzzViolation("slow", $"{elapsedMs:F0} ms (limit {options.TimeLimitMs} ms)", request, number));
        }
    }

    /// <summary>What kind of outcome a response is, by its first error when there is no data.</summary>
    private static string Classify(ExecutionResult result)
    {
        if (result.HasData)
        {
            return result.Errors is { Count: > 0 } ? "field errors" : "ok";
        }

        var message = result.Errors?.FirstOrDefault()?.Message ?? string.Empty;
        return message switch
        {
            _ when message.Contains("Parsing aborted", StringComparison.Ordinal) || message.StartsWith("Document length", StringComparison.Ordinal)
                || message.StartsWith("Query depth", StringComparison.Ordinal) || message.StartsWith("Query cost", StringComparison.Ordinal) => "limit",
            _ when message.StartsWith("Syntax Error", StringComparison.Ordinal) => "syntax error",
            _ when message.StartsWith("Variable \"$", StringComparison.Ordinal) => "variable error",
            _ when message.StartsWith("Must provide", StringComparison.Ordinal) || message.StartsWith("Unknown operation", StringComparison.Ordinal) => "operation selection",
            _ => "validation error",
        };
    }
}
