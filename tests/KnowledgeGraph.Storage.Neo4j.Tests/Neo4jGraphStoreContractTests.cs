using KnowledgeGraph.Core.Tests.Store;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The Neo4j store against the store contract, on the fixture's real server (Neo4j 3.1.1 unless KG_TEST_NEO4J_URI names another).</summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests<Neo4jStoreFixture>
{
    public Neo4jGraphStoreContractTests(Neo4jStoreFixture fixture)
        : base(fixture)
    {
    }
}
