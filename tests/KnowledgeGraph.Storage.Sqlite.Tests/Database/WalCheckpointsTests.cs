using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Database;

public sealed class WalCheckpointsTests : IClassFixture<SqliteFixture>
{
    private readonly SqliteFixture _fixture;

    public WalCheckpointsTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task A_large_write_reaches_the_database_file_while_the_store_is_open()
    {
        var path = _fixture.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        var emptySize = new FileInfo(path).Length;
        var articles = Enumerable.Range(0, 2_000).Select(i => new Article { Id = $"a-{i}", Text = new string('x', 1_000) }).ToList();

        await store.ImportAsync(new GraphBatch { Articles = articles });

        Assert.True(new FileInfo(path).Length > emptySize + 1_000_000, "the import stayed in the write-ahead log");
    }

    [Fact]
    public async Task A_small_write_stays_in_the_log_until_enough_follow()
    {
        var path = _fixture.NewPath();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        var emptySize = new FileInfo(path).Length;

        await store.AddArticleAsync(new Article { Id = "a-1", Text = new string('x', 100_000) });

        Assert.Equal(emptySize, new FileInfo(path).Length);
    }
}
