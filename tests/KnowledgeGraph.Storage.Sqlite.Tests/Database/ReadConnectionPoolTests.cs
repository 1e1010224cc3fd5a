using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Database;

public sealed class ReadConnectionPoolTests : IClassFixture<SqliteFixture>
{
    private readonly SqliteFixture _fixture;

    public ReadConnectionPoolTests(SqliteFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Keeps_returned_connections_up_to_the_idle_limit_and_closes_the_rest()
    {
        var options = new SqliteStoreOptions { Path = _fixture.NewPath(), MaxIdleReadConnections = 2 };
        using var writer = SqliteConnections.OpenWriter(options);
        using var pool = new ReadConnectionPool(options);
        StoreConnection[] rented = [pool.Rent(), pool.Rent(), pool.Rent()];

        foreach (var connection in rented)
        {
            pool.Return(connection);
        }

        StoreConnection[] again = [pool.Rent(), pool.Rent(), pool.Rent()];

        Assert.Equal(3, rented.Distinct().Count());
        Assert.Equal(rented[..2].ToHashSet(), again[..2].ToHashSet());
        Assert.DoesNotContain(again[2], rented);
        Assert.Equal(System.Data.ConnectionState.Closed, rented[2].Connection.State);
        Assert.Equal(System.Data.ConnectionState.Open, again[2].Connection.State);
    }

    [Fact]
    public void Closes_what_comes_back_after_it_is_disposed()
    {
        var options = new SqliteStoreOptions { Path = _fixture.NewPath() };
        using var writer = SqliteConnections.OpenWriter(options);
        var pool = new ReadConnectionPool(options);
        var idle = pool.Rent();
        var busy = pool.Rent();
        pool.Return(idle);

        pool.Dispose();
        pool.Return(busy);

        Assert.Equal(System.Data.ConnectionState.Closed, idle.Connection.State);
        Assert.Equal(System.Data.ConnectionState.Closed, busy.Connection.State);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }
}
