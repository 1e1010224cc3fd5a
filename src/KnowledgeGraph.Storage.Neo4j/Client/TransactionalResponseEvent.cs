using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>One thing read from a transactional-endpoint response, in the order the server sent it.</summary>
internal sealed class TransactionalResponseEvent
{
    private TransactionalResponseEvent(
        Neo4jRecord? record = null,
        Neo4jColumns? completedColumns = null,
        JsonElement errors = default,
        string? commitUri = null)
    {
        Record = record;
        CompletedColumns = completedColumns;
        Errors = errors;
        CommitUri = commitUri;
    }

    /// <summary>Gets the record, when this event is a row of the current statement.</summary>
    public Neo4jRecord? Record { get; }

    /// <summary>Gets the statement's columns, when this event ends a statement's result.</summary>
    public Neo4jColumns? CompletedColumns { get; }

    /// <summary>Gets the non-empty <c>errors</c> array, when this event reports failures.</summary>
    public JsonElement Errors { get; }

    /// <summary>Gets the URL to commit the open transaction with, when the server names it.</summary>
    public string? CommitUri { get; }

    public bool IsError => Errors.ValueKind == JsonValueKind.Array;

    public static TransactionalResponseEvent ForRecord(Neo4jRecord record) => new(record: record);

    public static TransactionalResponseEvent ForCompletedStatement(Neo4jColumns columns) => new(completedColumns: columns);

    public static TransactionalResponseEvent ForErrors(JsonElement errors) => new(errors: errors);

    public static TransactionalResponseEvent ForCommitUri(string commitUri) => new(commitUri: commitUri);
}
