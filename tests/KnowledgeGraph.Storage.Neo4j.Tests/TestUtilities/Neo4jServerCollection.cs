namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Tests that share one Neo4j server without authentication.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
