using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Inserts ties through one prepared statement, reused for every row of a write.</summary>
internal sealed class TieInsert : IDisposable
{
    public const string Sql =
        "INSERT INTO tie (seq, id, type, source, target, article, date_start, date_end, date_precision, location, evidence, note, "
        + "retracted_reason, retracted_by, retracted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";

    private readonly RawStatement _statement;

    public TieInsert(StoreConnection connection)
    {
        _statement = new RawStatement(connection.Connection, Sql);
    }

    public void Run(int seq, Tie tie, int sourceSeq, int targetSeq, int articleSeq)
    {
        _statement.Bind(1, seq);
        _statement.Bind(2, tie.Id);
        _statement.Bind(3, WireNames.Of(tie.Type));
        _statement.Bind(4, sourceSeq);
        _statement.Bind(5, targetSeq);
        _statement.Bind(6, articleSeq);
        _statement.Bind(7, tie.Date.IsUnknown ? null : tie.Date.Start);
        _statement.Bind(8, tie.Date.IsUnknown ? null : tie.Date.End);
        _statement.Bind(9, DateColumns.Precision(tie.Date));
        _statement.Bind(10, tie.Location);
        _statement.Bind(11, tie.Evidence);
        _statement.Bind(12, tie.Note);
        _statement.Bind(13, tie.Retraction?.Reason);
        _statement.Bind(14, tie.Retraction?.By);
        _statement.Bind(15, tie.Retraction is { } retraction ? DateColumns.Instant(retraction.At) : null);
        _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
