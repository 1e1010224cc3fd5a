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
        output.WriteLine($"{"",-34} {"------------ store ------------",31}  {"------------- SQL -------------",31}");
        output.WriteLine($"{"query",-34} {"p50",10} {"p99",10} {"cpu p50",10}  {"p50",10} {"p99",10} {"cpu p50",10} {"SQL/store",10}  note");
        output.WriteLine(new string('-', 140));
        foreach (var (query, store, sql, note) in _rows)
        {
            var sqlColumns = sql is null ? $"{"-",10} {"-",10} {"-",10}" : $"{Ms(sql.MedianMs),10} {Ms(sql.P99Ms),10} {Ms(sql.CpuMedianMs),10}";
            var ratio = sql is null ? "-" : (sql.MedianMs / store.MedianMs).ToString("F0", CultureInfo.InvariantCulture) + "x";
            var timeouts = sql is { TimedOut: > 0 } ? $" ({sql.TimedOut} of {sql.Samples} SQL runs hit the cap)" : "";
            output.WriteLine($"{query,-34} {Ms(store.MedianMs),10} {Ms(store.P99Ms),10} {Ms(store.CpuMedianMs),10}  {sqlColumns} {ratio,10}  {note}{timeouts}");
        }
    }

    private static string Ms(double ms) => ms < 1
        ? ms.ToString("F3", CultureInfo.InvariantCulture) + " ms"
        : ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
