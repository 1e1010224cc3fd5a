using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Benchmarks.Generation;
using KnowledgeGraph.GraphQL.Benchmarks.Newsroom;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>
/// Throws mutated requests (documents and variables) at the whole pipeline, <see cref="GraphQLRequestExecutor"/>
/// with its default limits, over the newsroom schema and data, then writes each response. Checks that
/// no exception escapes (every failure must come back as GraphQL errors), that no request takes longer
/// than the time limit and that the peak working set stays under the memory limit.
/// </summary>
internal sealed partial class Fuzzer
{
    private static readonly JsonDocumentOptions VariableReading = new() { MaxDepth = VariableMutations.MaxJsonDepth };

    /// <summary>Requests run before counting, so that compiling the engine's code on first use is not taken for slowness.</summary>
    private const int WarmUpRequests = 300;

    private readonly FuzzOptions options;
    private readonly GraphQLSchema schema;
    private readonly GraphQLRequestExecutor pipeline;
    private readonly OperationGenerator generator;
    private readonly RequestMutator semanticMutations;
    private readonly DocumentMutations documentMutations;
    private readonly VariableMutations variableMutations;
    private readonly Random random;
    private readonly ArrayBufferWriter<byte> response = new();
    private long currentStarted;

    public Fuzzer(FuzzOptions options)
    {
        this.options = options;
        // Fewer articles than the benchmark's 500: fuzzed requests select article lists many times over.
        var graph = NewsroomGraph.Load(NewsroomData.Generate(actorCount: 60, articleCount: 80, seed: options.Seed));
        schema = NewsroomSchema.Build(graph);
        pipeline = new GraphQLRequestExecutor(schema, new PipelineValidator());
        var hints = new GenerationHints
        {
            Ids = [.. graph.Nodes.Keys.Take(50), "missing"],
            Strings = ["", "front", "Council", "é", "😀", "x\"y"],
            ScalarSamples = new Dictionary<string, IReadOnlyList<string>> { ["Date"] = ["1990-01-01", "2024-02-29"] },
        };
        random = new Random(options.Seed);
        generator = new OperationGenerator(schema, hints, options.Seed);
        semanticMutations = new RequestMutator(schema, options.Seed + 1);
        documentMutations = new DocumentMutations(new Random(options.Seed + 2));
        variableMutations = new VariableMutations(new Random(options.Seed + 3));
    }

    /// <summary>The request running now, for a watchdog to report when it never finishes.</summary>
    public FuzzRequest? Current { get; private set; }

    /// <summary>How long the current request has been running.</summary>
    public TimeSpan CurrentElapsed => Current is null ? TimeSpan.Zero : Stopwatch.GetElapsedTime(Interlocked.Read(ref currentStarted));

    /// <summary>Runs <see cref="FuzzOptions.Count"/> requests; <paramref name="progress"/> hears of every request number before it runs.</summary>
    public FuzzReport Run(Action<int>? progress = null)
    {
        var warmUp = new Fuzzer(options with { Seed = options.Seed + 1_000_003 });
        for (var i = 0; i < WarmUpRequests; i++)
        {
            RunOne(warmUp.NextRequest(), new FuzzReport(), number: -1);
        }

        var report = new FuzzReport();
        var total = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < options.Count; i++)
        {
            var request = NextRequest();
            progress?.Invoke(i);
            RunOne(request, report, i);
            if (i % 256 == 255 || i == options.Count - 1)
            {
                process.Refresh();
                report.PeakWorkingSetMb = Math.Max(report.PeakWorkingSetMb, process.PeakWorkingSet64 / (1024.0 * 1024.0));
                if (report.PeakWorkingSetMb > options.MemoryLimitMb)
                {
                    report.Violations.Add(new FuzzViolation("memory", $"peak working set {report.PeakWorkingSetMb:F0} MB after request {i}", request, i));
                    break;
                }
            }
        }

        report.Elapsed = total.Elapsed;
        return report;
    }

    /// <summary>The next request: a generated or hand-written one, then (usually) mutated.</summary>
    public FuzzRequest NextRequest()
    {
        var generated = generator.Next();
        var seed = random.Next(4) == 0 ? NewsroomQueries.FuzzSeeds[random.Next(NewsroomQueries.FuzzSeeds.Count)] : null;
        var document = seed ?? generated.Document;
        var variables = seed is null ? generated.VariablesJson : null;
        switch (random.Next(10))
        {
            case 0:
                break;
            case 1 or 2:
                semanticMutations.Mutate(generated);
                (document, variables) = (generated.Document, generated.VariablesJson);
                break;
            case 3 or 4 or 5 or 6:
                document = documentMutations.Mutate(document, generator.Next().Document);
                break;
            case 7 or 8:
                variables = variableMutations.Mutate(variables);
                break;
            default:
                document = documentMutations.Mutate(document, NewsroomQueries.FuzzSeeds[random.Next(NewsroomQueries.FuzzSeeds.Count)]);
                variables = variableMutations.Mutate(variables);
                break;
        }

        return new FuzzRequest(document, variables, generated.OperationName);
    }
}
