namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A transactional-endpoint response read to its end.</summary>
/// <param name="Results">One result per statement sent.</param>
/// <param name="CommitUri">The commit URL the server named, if any.</param>
/// <param name="Location">The <c>Location</c> header, which names a newly opened transaction.</param>
internal sealed record BufferedResponse(IReadOnlyList<Neo4jResult> Results, string? CommitUri, Uri? Location);
