namespace KnowledgeGraph.Storage.Neo4j.Tests.Store;

/// <summary>Store tests beyond the contract, sharing one server and wiping it between tests.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jStoreCollection : ICollectionFixture<Neo4jStoreFixture>
{
    public const string Name = "Neo4j store";
}
