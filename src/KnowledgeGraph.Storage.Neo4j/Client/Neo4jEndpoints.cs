namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Where a server takes statements, learned from its discovery document.</summary>
/// <param name="Server">The server's version and edition.</param>
/// <param name="AutoCommit">The URL that runs statements in a transaction of their own.</param>
/// <param name="Transactions">The URL that opens an explicit transaction.</param>
internal sealed record Neo4jEndpoints(Neo4jServerInfo Server, Uri AutoCommit, Uri Transactions);
