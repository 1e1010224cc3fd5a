using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>
/// The same queries as plain SQL on the same file, as a store without a read model would run them: indexed selects,
/// recursive CTEs for walks, an indexed range over word-start name keys for search. Its indexes and key table are
/// added to the benchmark file after the load and are not part of the store's schema.
/// </summary>
internal sealed class SqlBaselines : IDisposable
{
    private const string SetupSql = """
        CREATE INDEX IF NOT EXISTS bench_tie_by_source ON tie (source, type, date_start, date_end, retracted_at, target);
        CREATE INDEX IF NOT EXISTS bench_tie_by_target ON tie (target, type, date_start, date_end, retracted_at, source);
        CREATE TABLE IF NOT EXISTS bench_name_key (key TEXT NOT NULL, actor INTEGER NOT NULL, name TEXT NOT NULL, offset INTEGER NOT NULL, sort_name TEXT NOT NULL);
        """;

    private const string TiesOfActorSql = """
        SELECT t.seq FROM actor AS x CROSS JOIN tie AS t ON t.source = x.seq WHERE x.id = $id AND t.retracted_at IS NULL
        UNION ALL
        SELECT t.seq FROM actor AS x CROSS JOIN tie AS t ON t.target = x.seq WHERE x.id = $id AND t.retracted_at IS NULL AND t.source <> t.target
        """;

    // Both directions are separate recursive steps so each can use its index; UNION drops repeated (actor, depth) rows.
    private const string WalkSql = """
        WITH RECURSIVE walk (actor, depth) AS (
            SELECT seq, 0 FROM actor WHERE id = $id
            UNION
            SELECT t.target, w.depth + 1 FROM walk AS w CROSS JOIN tie AS t ON t.source = w.actor
                WHERE w.depth < $depth AND t.type IN ('ATTACKED', 'MET_WITH') AND t.date_end >= $from AND t.date_start <= $to AND t.retracted_at IS NULL
            UNION
            SELECT t.source, w.depth + 1 FROM walk AS w CROSS JOIN tie AS t ON t.target = w.actor
                WHERE w.depth < $depth AND t.type IN ('ATTACKED', 'MET_WITH') AND t.date_end >= $from AND t.date_start <= $to AND t.retracted_at IS NULL
        )
        SELECT actor FROM walk GROUP BY actor ORDER BY min(depth) LIMIT $cap
        """;

    private const string TiesAmongSql = """
        SELECT t.seq FROM json_each($set) AS k CROSS JOIN tie AS t ON t.source = k.value
        WHERE t.target IN (SELECT value FROM json_each($set)) AND t.type IN ('ATTACKED', 'MET_WITH')
            AND t.date_end >= $from AND t.date_start <= $to AND t.retracted_at IS NULL
        """;

    // Breadth first (SQLite's queue is first-in first-out), carrying the path to refuse cycles, stopped at the first arrival.
    private const string PathSql = """
        WITH RECURSIVE walk (actor, depth, path) AS (
            SELECT seq, 0, '/' || seq || '/' FROM actor WHERE id = $from
            UNION ALL
            SELECT t.target, w.depth + 1, w.path || t.target || '/' FROM walk AS w CROSS JOIN tie AS t ON t.source = w.actor
                WHERE w.depth < $max AND t.retracted_at IS NULL AND instr(w.path, '/' || t.target || '/') = 0
            UNION ALL
            SELECT t.source, w.depth + 1, w.path || t.source || '/' FROM walk AS w CROSS JOIN tie AS t ON t.target = w.actor
                WHERE w.depth < $max AND t.retracted_at IS NULL AND instr(w.path, '/' || t.source || '/') = 0
        )
        SELECT path FROM walk WHERE actor = (SELECT seq FROM actor WHERE id = $to) LIMIT 1
        """;

    private const string SearchSql = """
        SELECT k.actor, min(CASE WHEN k.offset > 0 THEN 2 WHEN k.key = $q THEN 0 ELSE 1 END) AS rank, k.sort_name
        FROM bench_name_key AS k WHERE k.key >= $q AND k.key < $q || char(1114111)
        GROUP BY k.actor ORDER BY rank, k.sort_name, k.actor LIMIT $limit
        """;

    private const string SearchCountSql = "SELECT count(DISTINCT actor) FROM bench_name_key WHERE key >= $q AND key < $q || char(1114111)";

    private readonly StoreConnection _store;
    private readonly SqliteConnection _connection;

    public SqlBaselines(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        _store = new StoreConnection(_connection);
        SqliteConnections.Execute(_connection, "PRAGMA cache_size = -65536");
    }

    /// <summary>Adds the baseline's indexes and name keys to the file.</summary>
    public void Prepare()
    {
        SqliteConnections.Execute(_connection, SetupSql);
        SqliteConnections.Execute(_connection, "BEGIN");
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO bench_name_key (key, actor, name, offset, sort_name) VALUES ($key, $actor, $name, $offset, $sort)";
        var parameters = new[] { "$key", "$actor", "$name", "$offset", "$sort" }.Select(name => insert.Parameters.Add(new SqliteParameter(name, null))).ToArray();
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT seq, name, aliases FROM actor";
        using (var rows = read.ExecuteReader())
        {
            while (rows.Read())
            {
                var sortName = AliasNormalizer.Normalize(rows.GetString(1));
                foreach (var alias in AliasColumn.Read(rows.GetString(2)))
                {
                    var words = AliasNormalizer.Words(alias);
                    var normalized = string.Concat(words);
                    foreach (var offset in AliasNormalizer.WordStarts(words))
                    {
                        (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value, parameters[4].Value) =
                            (normalized[offset..], rows.GetInt64(0), alias, offset, sortName);
                        insert.ExecuteNonQuery();
                    }
                }
            }
        }

        SqliteConnections.Execute(_connection, "CREATE INDEX IF NOT EXISTS bench_name_key_by_key ON bench_name_key (key, actor, offset)");
        SqliteConnections.Execute(_connection, "COMMIT");
        SqliteConnections.Execute(_connection, "ANALYZE");
    }

    public List<Tie> TiesOfActor(string id)
    {
        var seqs = Seqs(TiesOfActorSql, ("$id", id));
        var ties = Rows(TieRows.BySeqs, seqs, TieRows.Read);
        ties.Sort(TieOrder.ByDate);
        return ties;
    }

    public List<int> Walk(string id, int depth, DateOnly from, DateOnly to, int cap) =>
        Seqs(WalkSql, ("$id", id), ("$depth", depth), ("$from", DateColumns.Day(from)), ("$to", DateColumns.Day(to)), ("$cap", cap));

    /// <summary>The walk and then, like the store, the ties among the actors reached and both as whole rows.</summary>
    public (List<Actor> Actors, List<Tie> Ties) Neighbourhood(string id, int depth, DateOnly from, DateOnly to, int cap)
    {
        var actors = Walk(id, depth, from, to, cap);
        var set = JsonList.Of(actors);
        var ties = Seqs(TiesAmongSql, ("$set", set), ("$from", DateColumns.Day(from)), ("$to", DateColumns.Day(to)));
        return (Rows(ActorRows.BySeqs, actors, ActorRows.Read), Rows(TieRows.BySeqs, ties, TieRows.Read));
    }

    /// <summary>Looks for a shortest path; false when the search ran past the time cap and was interrupted.</summary>
    public bool ShortestPath(string from, string to, int maxLength, TimeSpan cap)
    {
        var command = _store.Command(PathSql);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.Parameters.AddWithValue("$max", maxLength);
        using var timer = new Timer(_ => raw.sqlite3_interrupt(_connection.Handle), null, cap, Timeout.InfiniteTimeSpan);
        try
        {
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            return false;
        }
    }

    public (List<Actor> Page, long Total) Search(string text, int limit)
    {
        var query = AliasNormalizer.Normalize(text);
        var seqs = Seqs(SearchSql, ("$q", query), ("$limit", limit));
        var count = _store.Command(SearchCountSql, "$q", query);
        var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        return (Rows(ActorRows.BySeqs, seqs, ActorRows.Read), total);
    }

    public void Dispose() => _store.Dispose();

    private List<int> Seqs(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _store.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var seqs = new List<int>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            seqs.Add(rows.GetInt32(0));
        }

        return seqs;
    }

    private List<T> Rows<T>(string sql, List<int> seqs, Func<SqliteDataReader, (int Seq, T Row)> read)
    {
        var command = _store.Command(sql, "$seqs", JsonList.Of(seqs));
        var list = new List<T>(seqs.Count);
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            list.Add(read(rows).Row);
        }

        return list;
    }
}
