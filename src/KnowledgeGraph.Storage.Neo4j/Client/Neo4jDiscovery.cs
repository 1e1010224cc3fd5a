using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Reads a server's discovery documents to learn its version and endpoint layout:
/// 4.0 and later name <c>/db/{databaseName}/tx</c> and their version in <c>GET /</c>;
/// 3.x names its data service there, whose own document (<c>GET /db/data/</c>, authenticated)
/// names <c>/db/data/transaction</c> and the version.
/// </summary>
internal static class Neo4jDiscovery
{
    public static async Task<Neo4jEndpoints> DiscoverAsync(
        Neo4jHttpTransport transport,
        string database,
        CancellationToken cancellationToken)
    {
        using var root = await transport.GetDocumentAsync(transport.BaseUri, cancellationToken).ConfigureAwait(false);
        if (ReadString(root.RootElement, "transaction") is { } transactionTemplate)
        {
            var transactions = transport.Resolve(new Uri(
                transactionTemplate.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal)));
            var server = new Neo4jServerInfo(ReadVersion(root.RootElement), ReadString(root.RootElement, "neo4j_edition"));
            return new Neo4jEndpoints(server, AppendCommit(transactions), transactions);
        }

        if (ReadString(root.RootElement, "data") is { } dataService)
        {
            using var service = await transport.GetDocumentAsync(transport.Resolve(new Uri(dataService)), cancellationToken)
                .ConfigureAwait(false);
            var transactions = transport.Resolve(new Uri(
                ReadString(service.RootElement, "transaction") ?? throw NotNeo4j(transport, "its data service names no transaction endpoint")));
            return new Neo4jEndpoints(new Neo4jServerInfo(ReadVersion(service.RootElement), null), AppendCommit(transactions), transactions);
        }

        throw NotNeo4j(transport, "its discovery document names neither a transaction endpoint nor a data service");
    }

    /// <summary>Reads <c>neo4j_version</c>, dropping suffixes such as <c>-aura</c> or <c>-drop04.0</c>.</summary>
    internal static Version ParseVersion(string text)
    {
        var numeric = text.AsSpan();
        var end = numeric.IndexOfAnyExcept("0123456789.");
        numeric = (end < 0 ? numeric : numeric[..end]).TrimEnd('.');
        return Version.TryParse(numeric.Contains('.') ? numeric.ToString() : $"{numeric}.0", out var version)
            ? version
            : throw new Neo4jException(
                Neo4jErrorClassification.Unknown, $"The Neo4j server reported a version this client cannot read: '{text}'.", null);
    }

    private static Version ReadVersion(JsonElement document) =>
        ParseVersion(ReadString(document, "neo4j_version") ?? throw new Neo4jException(
            Neo4jErrorClassification.Unknown, "The Neo4j server's discovery document has no neo4j_version.", null));

    private static Uri AppendCommit(Uri transactions) => new(transactions.AbsoluteUri.TrimEnd('/') + "/commit");

    private static string? ReadString(JsonElement document, string property) =>
        document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Neo4jException NotNeo4j(Neo4jHttpTransport transport, string reason) =>
        new(Neo4jErrorClassification.Unknown, $"The server at {transport.BaseUri} does not look like Neo4j: {reason}.", null);
}
