using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The limit is below 1 or the cursor did not come from a search.</exception>
    public Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Limit < 1)
        {
            return Task.FromException<Page<ActorMatch>>(new ArgumentOutOfRangeException(nameof(search), search.Limit, "The limit must be at least 1."));
        }

        SearchCursor? after, before;
        try
        {
            after = search.After is null ? null : SearchCursor.Decode(search.After);
            before = search.Before is null ? null : SearchCursor.Decode(search.Before);
        }
        catch (ArgumentException e)
        {
            return Task.FromException<Page<ActorMatch>>(e);
        }

        return ReadAsync((connection, model) =>
        {
            var (hits, hasMore, total) = ActorSearcher.Search(model, search, after, before);
            var actors = StoredRows.ActorsBySeq(connection, hits.Select(hit => GraphModel.SeqOf(hit.Actor)));
            var matches = hits.ConvertAll(hit => new ActorMatch(
                actors[GraphModel.SeqOf(hit.Actor)],
                model.Names.Of(hit.Actor).Names[hit.Name],
                hit.Rank,
                ActorSearcher.CursorOf(model, hit).Encode()));
            return new Page<ActorMatch>(matches, hasMore, total);
        }, cancellationToken);
    }
}
