using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Runs one statement: auto-committed for reads, or inside the write transaction, so reads serve both.</summary>
internal delegate Task<Neo4jResult> CypherRunner(Neo4jStatement statement, CancellationToken cancellationToken);
