using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Builds parameterised statements; values only ever travel as parameters.</summary>
internal static class Statements
{
    public static Neo4jStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    public static Neo4jStatement Of(string text, Dictionary<string, object?> parameters) => new(text, parameters);

    public static async Task<IReadOnlyList<Neo4jRecord>> RecordsAsync(this CypherRunner run, Neo4jStatement statement, CancellationToken cancellationToken) =>
        (await run(statement, cancellationToken).ConfigureAwait(false)).Records;

    /// <summary>Splits rows into chunks so one <c>UNWIND</c> request stays a bounded size.</summary>
    public static IEnumerable<T[]> Chunks<T>(IReadOnlyList<T> rows, int size = 5_000)
    {
        for (var start = 0; start < rows.Count; start += size)
        {
            yield return rows.Skip(start).Take(size).ToArray();
        }
    }
}
