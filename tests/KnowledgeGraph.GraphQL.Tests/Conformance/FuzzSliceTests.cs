using KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;
using Xunit.Abstractions;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// A fixed-seed slice of the fuzzer the <c>fuzz</c> command runs at length: mutated documents and
/// variables through the whole request pipeline must fail only with GraphQL errors, each within the
/// time limit, with memory bounded.
/// </summary>
public sealed class FuzzSliceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Two_thousand_mutated_requests_fail_only_with_GraphQL_errors_in_time()
    {
        var fuzzer = new Fuzzer(new FuzzOptions { Count = 2_000, Seed = 1, TimeLimitMs = 1_000 });

        var running = Task.Run(() => fuzzer.Run());
        var finished = await Task.WhenAny(running, Task.Delay(Deadline));

        Assert.True(finished == running, $"A request hung:\n{fuzzer.Current?.Describe()}");
        var report = await running;
        output.WriteLine(report.Summary());
        Assert.Equal(2_000, report.Count);
        Assert.True(
            report.Violations.Count == 0,
            $"{report.Violations.Count} violation(s); the first:\n{string.Join("\n\n", report.Violations.Take(3).Select(v => $"{v.Kind}: {v.Detail}\n{v.Request.Describe(1500)}"))}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_requests()
    {
        var first = new Fuzzer(new FuzzOptions { Seed = 5 });
        var second = new Fuzzer(new FuzzOptions { Seed = 5 });

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(first.NextRequest(), second.NextRequest());
        }
    }
}
