namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>The buffered outcome of one statement: its columns and all of its records.</summary>
public sealed class Neo4jResult
{
    internal Neo4jResult(IReadOnlyList<string> keys, IReadOnlyList<Neo4jRecord> records)
    {
        Keys = keys;
        Records = records;
    }

    /// <summary>Gets the column names, in the order the statement returns them.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Gets the records, in the order the server sent them.</summary>
    public IReadOnlyList<Neo4jRecord> Records { get; }
}
