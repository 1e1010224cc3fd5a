using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Benchmarks.Benchmarking;

/// <summary>
/// Where our engine's time goes when a target is missed, measured from outside the engine: the cost of
/// each validation rule on its own, and the execution cost of a workload built up part by part (so the
/// cost of an object, a field or a resolver shows as a difference), with bytes allocated per operation.
/// </summary>
internal static class Profiles
{
    private static readonly BenchOptions Short = new() { WarmupMs = 500, BatchMs = 200, Batches = 9 };

    public static void PrintValidationByRule(GraphQLSchema schema, string query)
    {
        var document = Parser.Parse(query);
        Console.WriteLine("  parse and validation, per operation (median):");
        Print("parse", () => Parser.Parse(query));
        Print("validate: walking the document with type information, no rule", () => DocumentValidator.Validate(schema, document, rules: []));
        var rows = new List<(string Rule, double Microseconds)>();
        foreach (var rule in SpecifiedRules.All)
        {
            var name = string.Empty;
            ValidationRule named = context =>
            {
                var visitor = rule(context);
                name = visitor.GetType().Name;
                return visitor;
            };
            var alone = Microseconds(() => DocumentValidator.Validate(schema, document, rules: [named]));
            rows.Add((name, alone));
        }

        var walk = Microseconds(() => DocumentValidator.Validate(schema, document, rules: []));
        foreach (var (rule, microseconds) in rows.OrderByDescending(r => r.Microseconds).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {rule,-44} {microseconds - walk,9:F1} µs over the walk"));
        }

        Print("validate: all rules", () => DocumentValidator.Validate(schema, document));
    }

    public static void PrintExecutionByPart(OurEngine engine, OurEngine plainResolvers, IReadOnlyList<(string Part, string Query)> parts, IReadOnlyDictionary<string, object?> variables)
    {
        Console.WriteLine("  execution, built up part by part (plan cached; median per operation, bytes allocated):");
        foreach (var (part, query) in parts)
        {
            var request = engine.Prepare(new Workload(part, query, variables));
            Print(part, () => engine.Execute(request));
        }

        var (lastPart, lastQuery) = parts[^1];
        var plain = plainResolvers.Prepare(new Workload(lastPart, lastQuery, variables));
        Print("the workload, resolvers doing no work", () => plainResolvers.Execute(plain));
    }

    private static void Print(string step, Action operation) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step,-66} {Microseconds(operation),9:F1} µs {BytesPerOperation(operation),10:N0} B"));

    private static double Microseconds(Action operation) => 1_000_000 / Measurement.Of(operation, Short).Median;

    private static long BytesPerOperation(Action operation)
    {
        const int runs = 200;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            operation();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
    }
}
