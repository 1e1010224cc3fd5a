using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>
/// Reading whole ties. The joins are CROSS JOINs so SQLite keeps the written order and drives every lookup from
/// the tie row by primary key; with a plain JOIN it has been seen to plan a full scan instead.
/// </summary>
internal static class TieRows
{
    private const string Select =
        "SELECT t.seq, t.id, t.type, s.id, g.id, a.id, t.date_start, t.date_precision, t.location, t.evidence, t.note, "
        + "t.retracted_reason, t.retracted_by, t.retracted_at";

    private const string Joins =
        " CROSS JOIN actor AS s ON s.seq = t.source CROSS JOIN actor AS g ON g.seq = t.target CROSS JOIN article AS a ON a.seq = t.article";

    /// <summary>Ties by seq; <c>$seqs</c> is a JSON array of seqs.</summary>
    public const string BySeqs = Select + " FROM json_each($seqs) AS k CROSS JOIN tie AS t ON t.seq = k.value" + Joins;

    /// <summary>Ties by id; <c>$ids</c> is a JSON array of ids.</summary>
    public const string ByIds = Select + " FROM json_each($ids) AS k CROSS JOIN tie AS t ON t.id = k.value" + Joins;

    public const string ById = Select + " FROM tie AS t" + Joins + " WHERE t.id = $id";

    public const string InIdOrder = Select + " FROM tie AS t" + Joins + " ORDER BY t.id";

    public static (int Seq, Tie Tie) Read(SqliteDataReader row)
    {
        var tie = new Tie
        {
            Id = row.GetString(1),
            Type = WireNames.TryParse(row.GetString(2), out TieType type) ? type : throw new InvalidDataException($"Unknown tie type {row.GetString(2)}."),
            Source = row.GetString(3),
            Target = row.GetString(4),
            Article = row.GetString(5),
            Date = DateColumns.Read(NullableString(row, 6), row.GetString(7)),
            Location = NullableString(row, 8),
            Evidence = row.GetString(9),
            Note = NullableString(row, 10),
            Retraction = row.IsDBNull(13) ? null : new Retraction(row.GetString(11), row.GetString(12), DateColumns.ReadInstant(row.GetString(13))),
        };
        return (row.GetInt32(0), tie);
    }

    public static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
