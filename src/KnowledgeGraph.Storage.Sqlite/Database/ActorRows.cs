using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>Reading whole actors.</summary>
internal static class ActorRows
{
    private const string Select = "SELECT a.seq, a.id, a.kind, a.name, a.aliases, a.description, a.wikidata";

    /// <summary>Actors by seq; <c>$seqs</c> is a JSON array of seqs.</summary>
    public const string BySeqs = Select + " FROM json_each($seqs) AS k CROSS JOIN actor AS a ON a.seq = k.value";

    public const string BySeq = Select + " FROM actor AS a WHERE a.seq = $seq";

    public const string InIdOrder = Select + " FROM actor AS a ORDER BY a.id";

    public static (int Seq, Actor Actor) Read(SqliteDataReader row)
    {
        var actor = new Actor
        {
            Id = row.GetString(1),
            Kind = WireNames.TryParse(row.GetString(2), out ActorKind kind) ? kind : throw new InvalidDataException($"Unknown actor kind {row.GetString(2)}."),
            Name = row.GetString(3),
            Aliases = AliasColumn.Read(row.GetString(4)),
            Description = TieRows.NullableString(row, 5),
            Wikidata = TieRows.NullableString(row, 6),
        };
        return (row.GetInt32(0), actor);
    }
}
