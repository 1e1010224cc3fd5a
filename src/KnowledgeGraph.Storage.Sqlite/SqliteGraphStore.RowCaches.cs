using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite;

// Reads of whole rows go through caches emptied after every commit (see Publish); writes read the file directly.
public sealed partial class SqliteGraphStore
{
    private const string TieIdsBySeqs = "SELECT k.value, t.id FROM json_each($seqs) AS k CROSS JOIN tie AS t ON t.seq = k.value";

    // Sized for the hot part of a large graph: about 300 bytes a tie, so the ties' cache stays under ~60 MB.
    private readonly RowCache<Tie> _tieRows = new(200_000);
    private readonly RowCache<Actor> _actorRows = new(100_000);
    private readonly RowCache<ArticleMetadata> _articleMetadataRows = new(100_000);

    private Dictionary<int, Tie> TiesBySeq(StoreConnection connection, IEnumerable<int> seqs) =>
        _tieRows.Read(seqs, missing => StoredRows.TiesBySeq(connection, missing));

    // Read only when the model builds an actor's tie order, which it keeps until the actor's ties change: not cached.
    private static Dictionary<int, string> TieIdsBySeq(StoreConnection connection, IReadOnlyCollection<int> seqs)
    {
        var ids = new Dictionary<int, string>(seqs.Count);
        using var rows = connection.Command(TieIdsBySeqs, "$seqs", JsonList.Of(seqs)).ExecuteReader();
        while (rows.Read())
        {
            ids[rows.GetInt32(0)] = rows.GetString(1);
        }

        return ids;
    }

    private Tie[] TiesInOrder(StoreConnection connection, IReadOnlyList<int> seqs) =>
        _tieRows.ReadInOrder(seqs, missing => StoredRows.TiesBySeq(connection, missing));

    private Actor[] ActorsInOrder(StoreConnection connection, IReadOnlyList<int> seqs) =>
        _actorRows.ReadInOrder(seqs, missing => StoredRows.ActorsBySeq(connection, missing));

    private ArticleMetadata[] ArticleMetadataInOrder(StoreConnection connection, IReadOnlyList<int> seqs) =>
        _articleMetadataRows.ReadInOrder(seqs, missing => StoredRows.ArticleMetadataBySeq(connection, missing));

    // Called under the write lock once a commit is in the file.
    private void ForgetRows()
    {
        _tieRows.Clear();
        _actorRows.Clear();
        _articleMetadataRows.Clear();
    }
}
