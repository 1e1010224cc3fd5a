using System.Diagnostics;
using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>A transaction that adds each statement's wall time to a tally keyed by the statement's opening words.</summary>
internal sealed class TimedTransaction(INeo4jTransaction inner, Dictionary<string, (int Calls, TimeSpan Time)> tally) : INeo4jTransaction
{
    private const int KeyLength = 60;

    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken))[0];

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var results = await inner.RunAsync(statements, cancellationToken);
        Add(statements.Count == 1 ? statements[0].Text : $"{statements.Count} statements", clock.Elapsed);
        return results;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await inner.CommitAsync(cancellationToken);
        Add("(commit)", clock.Elapsed);
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private void Add(string text, TimeSpan time)
    {
        var key = text.Length > KeyLength ? text[..KeyLength] : text;
        var (calls, total) = tally.GetValueOrDefault(key);
        tally[key] = (calls + 1, total + time);
    }
}
