using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

// Pages of an actor's ties: the model keeps each actor's ties in order and filters them, the file is read for the page's rows only.
public sealed partial class SqliteGraphStore
{
    private const string TieSeqById = "SELECT seq FROM tie WHERE id = $id";

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, TiePage>> GetTiePagesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        TiePageRequest.ThrowIfInvalid(page);
        return ReadAsync((connection, model) => TiePages(connection, model, actorIds, filter, page), cancellationToken);
    }

    private IReadOnlyDictionary<string, TiePage> TiePages(
        StoreConnection connection, GraphModel model, IReadOnlyCollection<string> actorIds, TieFilter filter, TiePageRequest page)
    {
        var compiled = new CompiledTieFilter(filter, model);
        var cursors = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = new Dictionary<string, (TiePageSlice Slice, int Count, int[] Ties)>(StringComparer.Ordinal);
        foreach (var id in actorIds)
        {
            if (model.ResolveActor(id) is not (var actor and >= 0) || pages.ContainsKey(id))
            {
                continue;
            }

            var order = model.TieOrderOf(actor, seqs => TieIdsBySeq(connection, seqs));
            var kept = new KeptTies(model, compiled, actor, order);
            var slice = TiePageSlice.Of(kept.Count, page, tieId => kept.PositionOf(TieIndex(connection, cursors, tieId)));
            pages[id] = (slice, kept.Count, slice.MissingCursor is null ? kept.Range(slice.Start, slice.End) : []);
        }

        // Rows the cache holds are taken one by one; only the rest are read, in one batch.
        var result = new Dictionary<string, TiePage>(pages.Count, StringComparer.Ordinal);
        var built = new List<(string Id, TiePageSlice Slice, int Count, Tie[] Rows)>(pages.Count);
        List<(Tie[] Rows, int Position, int Seq)>? missing = null;
        foreach (var (id, (slice, count, ties)) in pages)
        {
            var rows = new Tie[ties.Length];
            for (var i = 0; i < ties.Length; i++)
            {
                var seq = GraphModel.SeqOf(ties[i]);
                if (_tieRows.TryGet(seq, out var row))
                {
                    rows[i] = row;
                }
                else
                {
                    (missing ??= []).Add((rows, i, seq));
                }
            }

            built.Add((id, slice, count, rows));
        }

        if (missing is not null)
        {
            var read = TiesBySeq(connection, missing.Select(m => m.Seq).Distinct());
            foreach (var (rows, position, seq) in missing)
            {
                rows[position] = read[seq];
            }
        }

        foreach (var (id, slice, count, rows) in built)
        {
            result[id] = slice.PageOf(rows, count);
        }

        return result;
    }

    // The model index of a cursor's tie, looked up once per request; -1 when no tie has that id.
    private static int TieIndex(StoreConnection connection, Dictionary<string, int> cursors, string tieId)
    {
        if (!cursors.TryGetValue(tieId, out var index))
        {
            var seq = connection.Command(TieSeqById, "$id", tieId).ExecuteScalar();
            index = seq is long found ? GraphModel.IndexOf(found) : -1;
            cursors[tieId] = index;
        }

        return index;
    }
}
