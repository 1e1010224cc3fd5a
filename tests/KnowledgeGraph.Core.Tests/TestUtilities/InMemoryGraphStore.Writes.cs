using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

internal sealed partial class InMemoryGraphStore
{
    /// <summary>
    /// Checks the whole batch with <see cref="BatchRules"/> against what is stored (throwing before any change), then
    /// lays it down: identical articles and reports already stored are left as they are, actors are replaced, merged
    /// ids start resolving to their kept actor.
    /// </summary>
    public Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        var prepared = BatchRules.Prepare(batch, this);
        var articlesAdded = prepared.Articles.Count(a => _articles.TryAdd(a.Id, a));
        foreach (var actor in prepared.Actors)
        {
            _actors[actor.Id] = actor;
        }

        var stored = _ties.Values.Select(t => t.ContentKey).ToHashSet();
        var tiesAdded = 0;
        foreach (var tie in prepared.Ties)
        {
            if (!_ties.ContainsKey(tie.Id) && stored.Add(tie.ContentKey))
            {
                _ties[tie.Id] = tie;
                tiesAdded++;
            }
        }

        foreach (var merge in prepared.Merges)
        {
            _mergedInto[merge.MergedId] = merge.KeptId;
            _merges.Add(merge);
        }

        return Task.FromResult(new ImportResult(articlesAdded, prepared.Articles.Count - articlesAdded, prepared.Actors.Count,
            tiesAdded, prepared.Ties.Count - tiesAdded, prepared.Merges.Count));
    }

    public Task<Actor> UpsertActorAsync(Actor actor, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<Tie> AddTieAsync(Tie tie, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default) => throw WritesGoThroughImport();

    public Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default) =>
        throw WritesGoThroughImport();

    private static NotSupportedException WritesGoThroughImport() => new("the export tests write through ImportAsync only");
}
