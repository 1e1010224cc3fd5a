using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Database;

/// <summary>
/// The statements reads run most, held to index use. SQLite has been seen to plan a join over the tie table as a
/// full scan; every table here must be reached by key or walked along an index, never scanned or sorted.
/// </summary>
public sealed class QueryPlanTests : IClassFixture<SqliteFixture>, IAsyncLifetime
{
    private readonly SqliteFixture _fixture;
    private string _path = "";

    public QueryPlanTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string, string> KeyedReads => new()
    {
        { nameof(TieRows.BySeqs), TieRows.BySeqs },
        { nameof(TieRows.ByIds), TieRows.ByIds },
        { nameof(TieRows.ById), TieRows.ById },
        { nameof(ActorRows.BySeqs), ActorRows.BySeqs },
        { nameof(ActorRows.BySeq), ActorRows.BySeq },
        { nameof(ArticleRows.BySeqs), ArticleRows.BySeqs },
        { nameof(ArticleRows.BySeq), ArticleRows.BySeq },
        { nameof(ArticleRows.PageAfter), ArticleRows.PageAfter },
    };

    public static TheoryData<string, string> OrderedStreams => new()
    {
        { "ties in id order", TieRows.InIdOrder },
        { "actors in id order", ActorRows.InIdOrder },
        { "articles in id order", ArticleRows.InIdOrder },
        { "merges in order", SqliteGraphStore.MergesInOrder },
    };

    public async Task InitializeAsync()
    {
        _path = _fixture.NewPath();
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = _path }, TimeProvider.System)).DisposeAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(KeyedReads))]
    public void Keyed_reads_reach_every_table_by_key(string name, string sql)
    {
        var plan = Plan(sql);

        Assert.All(plan, step => Assert.True(
            step.StartsWith("SEARCH ", StringComparison.Ordinal) || step.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal),
            $"{name}: \"{step}\" is neither a keyed search nor the json_each list"));
        Assert.Contains(plan, step => step.StartsWith("SEARCH ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OrderedStreams))]
    public void Streams_walk_an_index_or_the_rowid_in_order_without_sorting(string name, string sql)
    {
        var plan = Plan(sql);

        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.All(plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal)), step => Assert.True(
            step.Contains("USING INDEX", StringComparison.Ordinal) || step == "SCAN merge_record",
            $"{name}: \"{step}\" scans a table"));
    }

    [Fact]
    public void A_tie_by_id_uses_the_unique_index_on_id()
    {
        Assert.Contains(Plan(TieRows.ById), step => step.Contains("USING INDEX sqlite_autoindex_tie_1 (id=?)", StringComparison.Ordinal));
    }

    private List<string> Plan(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$seqs", "$ids", "$id", "$seq", "$after", "$limit" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, name is "$seqs" or "$ids" ? "[1]" : 1);
            }
        }

        var steps = new List<string>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            steps.Add(rows.GetString(3));
        }

        return steps;
    }
}
