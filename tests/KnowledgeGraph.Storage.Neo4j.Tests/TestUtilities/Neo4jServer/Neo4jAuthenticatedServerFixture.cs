namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>A Neo4j server that requires credentials; <see cref="Neo4jServerFixture.Password"/> holds them.</summary>
public sealed class Neo4jAuthenticatedServerFixture : Neo4jServerFixture
{
    protected override bool RequiresAuthentication => true;
}
