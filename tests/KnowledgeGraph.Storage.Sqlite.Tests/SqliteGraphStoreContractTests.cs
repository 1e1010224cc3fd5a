using KnowledgeGraph.Core.Tests.Store;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The embedded store against the store contract; it differs from the contract nowhere.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests<SqliteFixture>
{
    public SqliteGraphStoreContractTests(SqliteFixture fixture)
        : base(fixture)
    {
    }
}
