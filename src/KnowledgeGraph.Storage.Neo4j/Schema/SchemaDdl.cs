using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Schema;

/// <summary>
/// The schema statements for the server's version, from graph-schema/neo4j (embedded in the assembly). Each runs as
/// its own auto-commit call before any data: Neo4j 3.x refuses schema and data changes in one transaction.
/// </summary>
internal static class SchemaDdl
{
    private static readonly Version FirstModernSyntax = new(4, 4);

    public static async Task ApplyAsync(INeo4jClient client, Neo4jServerInfo server, CancellationToken cancellationToken)
    {
        foreach (var statement in StatementsFor(server.Version))
        {
            await client.RunAsync(new Neo4jStatement(statement), cancellationToken).ConfigureAwait(false);
        }
    }

    public static IReadOnlyList<string> StatementsFor(Version version)
    {
        var file = version.Major == 3 ? "schema-3.cypher"
            : version >= FirstModernSyntax ? "schema-5.cypher"
            : throw new NotSupportedException($"Neo4j {version} is not supported; use 3.x, or 4.4 and later.");
        using var stream = typeof(SchemaDdl).Assembly.GetManifestResourceStream($"KnowledgeGraph.Storage.Neo4j.Schema.{file}")
            ?? throw new InvalidOperationException($"The schema file {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.TrimEnd(';'))
            .ToList();
    }
}
