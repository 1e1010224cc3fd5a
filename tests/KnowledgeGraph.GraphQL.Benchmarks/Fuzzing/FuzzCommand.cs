using System.IO.MemoryMappedFiles;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>
/// The <c>fuzz</c> command: runs the fuzzer on a thread with the stack a thread-pool thread gets, while
/// a watchdog reports a request that never finishes; prints a summary and every violation, and exits
/// non-zero when there is one.
/// </summary>
internal static class FuzzCommand
{
    /// <summary>The stack of a .NET thread-pool thread on Linux, where a host runs requests.</summary>
    private const int RequestThreadStack = 1536 * 1024;

    public static int Run(IReadOnlyList<string> arguments)
    {
        var parsed = CommandOptions.Parse(arguments, "--count", "--seed", "--time-limit-ms", "--memory-limit-mb", "--show");
        var options = new FuzzOptions
        {
            Count = parsed.Int("--count", 100_000, minimum: 1),
            Seed = parsed.Int("--seed", 1),
            TimeLimitMs = parsed.Int("--time-limit-ms", 1_000, minimum: 1),
            MemoryLimitMb = parsed.Int("--memory-limit-mb", 1_024, minimum: 1),
        };
        var fuzzer = new Fuzzer(options);
        if (parsed.Has("--show"))
        {
            return Show(fuzzer, parsed.Int("--show", 0));
        }

        // A stack overflow kills the process before anything can be printed; the number of the running
        // request is kept in a memory-mapped file, which outlives the process at the cost of a memory write.
        var lastStarted = Path.Combine(Path.GetTempPath(), $"kg-fuzz-{Environment.ProcessId}.bin");
        Console.WriteLine($"Fuzzing with seed {options.Seed}: {options.Count} requests, {options.TimeLimitMs} ms and {options.MemoryLimitMb} MB at most.");
        Console.WriteLine($"Should the process die, the first four bytes of {lastStarted} hold the number of the running request (see --show).");
        FuzzReport? report = null;
        using (var mapped = MemoryMappedFile.CreateFromFile(lastStarted, FileMode.Create, mapName: null, capacity: sizeof(int)))
        using (var running = mapped.CreateViewAccessor())
        {
            var worker = new Thread(
                () => report = fuzzer.Run(i =>
                {
                    running.Write(0, i);
                    if (i > 0 && i % 10_000 == 0)
                    {
                        Console.WriteLine($"  {i} requests...");
                    }
                }),
                RequestThreadStack);
            worker.Start();
            if (!Watch(worker, fuzzer, options))
            {
                return 1;
            }
        }


        File.Delete(lastStarted);
        return Print(report!);
    }

    /// <summary>Waits for the worker; false when a request hangs (reported), which leaves the worker to die with the process.</summary>
    private static bool Watch(Thread worker, Fuzzer fuzzer, FuzzOptions options)
    {
        var hangLimit = TimeSpan.FromMilliseconds(Math.Max(10_000, options.TimeLimitMs * 10));
        while (!worker.Join(250))
        {
            if (fuzzer.CurrentElapsed > hangLimit && fuzzer.Current is { } stuck)
            {
                Console.WriteLine($"VIOLATION hang: a request has run for {fuzzer.CurrentElapsed.TotalSeconds:F0} s\n{stuck.Describe()}");
                worker.IsBackground = true;
                return false;
            }
        }

        return true;
    }

    private static int Show(Fuzzer fuzzer, int number)
    {
        for (var i = 0; i < number; i++)
        {
            fuzzer.NextRequest();
        }

        Console.WriteLine(fuzzer.NextRequest().Describe(maxLength: int.MaxValue));
        return 0;
    }

    private static int Print(FuzzReport report)
    {
        Console.WriteLine(report.Summary());
        if (report.Slowest is { } slowest)
        {
            Console.WriteLine($"Slowest request, number {report.SlowestNumber} ({report.SlowestMs:F1} ms):\n{slowest.Describe(maxLength: 600)}");
        }

        foreach (var cause in report.Violations.GroupBy(v => v.Cause))
        {
            var first = cause.First();
            Console.WriteLine($"\n{cause.Count()} VIOLATION(S) {cause.Key}\n  requests {string.Join(", ", cause.Take(20).Select(v => v.Number))}{(cause.Count() > 20 ? ", ..." : string.Empty)}");
            Console.WriteLine($"  the first, request {first.Number}: {first.Detail}\n{first.Request.Describe()}");
        }

        return report.Violations.Count == 0 ? 0 : 1;
    }
}
