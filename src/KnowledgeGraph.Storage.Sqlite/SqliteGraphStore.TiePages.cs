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

        // The rows of every page come from one read, in page order; each page is then its slice of them.
        var seqs = new List<int>();
        foreach (var (_, _, ties) in pages.Values)
        {
            foreach (var tie in ties)
            {
                seqs.Add(GraphModel.SeqOf(tie));
            }
        }

        var rows = TiesInOrder(connection, seqs);
        var result = new Dictionary<string, TiePage>(pages.Count, StringComparer.Ordinal);
        var start = 0;
        foreach (var (id, (slice, count, ties)) in pages)
        {
            result[id] = slice.PageOf(rows[start..(start + ties.Length)], count);
            start += ties.Length;
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
