using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>Prints each query's store and SQL latencies side by side, with their ratio.</summary>
internal sealed class ReportTable
{
    private readonly List<(string Query, Latency Store, Latency? Sql, string Note)> _rows = [];

    public void Add(string query, Latency store, Latency? sql, string note) => _rows.Add((query, store, sql, note));

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"query",-34} {"store p50",10} {"store p99",10} {"SQL p50",10} {"SQL p99",10} {"SQL/store",10}  note");
        output.WriteLine(new string('-', 120));
        foreach (var (query, store, sql, note) in _rows)
        {
            var sqlMedian = sql is null ? "-" : Ms(sql.MedianMs);
            var sqlP99 = sql is null ? "-" : Ms(sql.P99Ms);
            var ratio = sql is null ? "-" : (sql.MedianMs / store.MedianMs).ToString("F0", CultureInfo.InvariantCulture) + "x";
            var timeouts = sql is { TimedOut: > 0 } ? $" ({sql.TimedOut} of {sql.Samples} SQL runs hit the cap)" : "";
            output.WriteLine($"{query,-34} {Ms(store.MedianMs),10} {Ms(store.P99Ms),10} {sqlMedian,10} {sqlP99,10} {ratio,10}  {note}{timeouts}");
        }
    }

    private static string Ms(double ms) => ms < 1
        ? ms.ToString("F3", CultureInfo.InvariantCulture) + " ms"
        : ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
