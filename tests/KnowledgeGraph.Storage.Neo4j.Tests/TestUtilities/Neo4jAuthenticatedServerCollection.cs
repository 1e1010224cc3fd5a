namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Tests that share one Neo4j server that requires credentials.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jAuthenticatedServerCollection : ICollectionFixture<Neo4jAuthenticatedServerFixture>
{
    public const string Name = "Neo4j authenticated server";
}
