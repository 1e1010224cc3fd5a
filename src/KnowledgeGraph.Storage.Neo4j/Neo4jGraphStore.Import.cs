using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string RecordedMergesQuery = "MATCH (m:Merge) WHERE m.merged IN $ids RETURN m AS merge";

    /// <inheritdoc/>
    /// <remarks>
    /// Every rule is checked against what the transaction reads before anything is written; the rows then go in with
    /// <c>UNWIND</c> in chunks, all in the one transaction, so the batch commits whole or not at all.
    /// </remarks>
    public Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return WriteAsync(async run =>
        {
            var lookup = await WriteLookup.LoadAsync(run,
                batch.Actors.Select(a => a.Id).Concat(batch.Ties.SelectMany(t => new[] { t.Source, t.Target })).Concat(batch.Merges.SelectMany(m => new[] { m.KeptId, m.MergedId })),
                batch.Articles.Select(a => a.Id).Concat(batch.Ties.Select(t => t.Article)),
                batch.Ties.Select(t => t.Id), cancellationToken).ConfigureAwait(false);
            var prepared = BatchRules.Prepare(batch, lookup);
            var violations = new List<RuleViolation>();
            var actors = new List<Actor>(prepared.Actors.Count);
            for (var i = 0; i < prepared.Actors.Count; i++)
            {
                var actor = prepared.Actors[i] with { Aliases = WriteLookup.WithName(prepared.Actors[i].Name, prepared.Actors[i].Aliases) };
                WriteLookup.CheckAliasCount(actor, $"$.actors[{i}].aliases", violations);
                lookup.CheckKindChange(actor, $"$.actors[{i}].kind", violations);
                actors.Add(actor);
            }

            var recorded = await RecordedMergesAsync(run, prepared.Merges, cancellationToken).ConfigureAwait(false);
            var merges = PlanMerges(lookup, prepared.Merges, recorded, violations);
            GraphRules.ThrowIfAny(violations);

            var articles = prepared.Articles.Where(a => lookup.FindArticle(a.Id) is null).ToList();
            var ties = await FreshTiesAsync(run, lookup, prepared.Ties, cancellationToken).ConfigureAwait(false);
            await GraphWrites.ArticlesAsync(run, articles, cancellationToken).ConfigureAwait(false);
            await GraphWrites.ActorsAsync(run, actors, id => lookup.FindActor(id) is not null, cancellationToken).ConfigureAwait(false);
            await GraphWrites.TiesAsync(run, ties, cancellationToken).ConfigureAwait(false);
            await GraphWrites.MergesAsync(run, merges.ConvertAll(m => m.Record), cancellationToken).ConfigureAwait(false);
            await GraphWrites.RedirectsAsync(run, merges.ConvertAll(m => (m.Record.MergedId, m.ResolvesTo)), cancellationToken).ConfigureAwait(false);
            return new ImportResult(articles.Count, prepared.Articles.Count - articles.Count, actors.Count, ties.Count, prepared.Ties.Count - ties.Count, merges.Count);
        }, cancellationToken);
    }

    // A tie already stored under its id is unchanged; so is a live report whose content the batch or the store has.
    // Only a tie between two stored actors can repeat a stored report, so a bulk load of new actors asks the server nothing.
    private static async Task<List<Tie>> FreshTiesAsync(CypherRunner run, WriteLookup lookup, IReadOnlyList<Tie> ties, CancellationToken cancellationToken)
    {
        var candidates = ties.Where(t => lookup.FindTie(t.Id) is null).ToList();
        var live = candidates.Where(t => !t.IsRetracted && lookup.FindActor(t.Source) is not null && lookup.FindActor(t.Target) is not null).ToList();
        var stored = await GraphWrites.SameContentAsync(run, live, cancellationToken).ConfigureAwait(false);
        var duplicates = live.Where((_, i) => stored[i] is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var liveReports = new HashSet<TieContentKey>();
        return candidates.Where(t => t.IsRetracted || (liveReports.Add(t.ContentKey) && !duplicates.Contains(t.Id))).ToList();
    }

    private static async Task<HashSet<MergeRecord>> RecordedMergesAsync(CypherRunner run, IReadOnlyList<MergeRecord> merges, CancellationToken cancellationToken)
    {
        if (merges.Count == 0)
        {
            return [];
        }

        var ids = GraphReads.Distinct(merges.Select(m => m.MergedId ?? ""));
        var records = await run.RecordsAsync(Statements.Of(RecordedMergesQuery, ("ids", ids)), cancellationToken).ConfigureAwait(false);
        return records.Select(r => MergeProperties.Read(PropertyValues.Map(r.GetValue("merge")))).ToHashSet();
    }

    /// <summary>A merge record to write and the live id its merged id comes to resolve to.</summary>
    private sealed record PlannedMerge(MergeRecord Record, string ResolvesTo);

    // The rules have checked every kept id resolves and no chain loops; what is left is agreeing with redirects
    // already stored and leaving out records stored before.
    private static List<PlannedMerge> PlanMerges(WriteLookup lookup, IReadOnlyList<MergeRecord> merges, HashSet<MergeRecord> recorded, List<RuleViolation> violations)
    {
        var keptOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in merges)
        {
            keptOf.TryAdd(merge.MergedId ?? "", merge.KeptId);
        }

        var planned = new List<PlannedMerge>();
        var seen = new HashSet<MergeRecord>();
        for (var i = 0; i < merges.Count; i++)
        {
            var merge = merges[i];
            if (string.IsNullOrEmpty(merge.MergedId))
            {
                violations.Add(new(ViolationCodes.Required, $"$.merges[{i}].merged", "the id of the actor merged away is required"));
                continue;
            }

            var resolvesTo = merge.KeptId;
            while (keptOf.TryGetValue(resolvesTo, out var next))
            {
                resolvesTo = next;
            }

            var live = lookup.FindActor(resolvesTo)?.Id ?? resolvesTo;
            var current = lookup.FindActor(merge.MergedId);
            if (keptOf[merge.MergedId] != merge.KeptId || (current is not null && current.Id != live))
            {
                violations.Add(new(ViolationCodes.Conflict, $"$.merges[{i}].merged",
                    $"\"{merge.MergedId}\" is merged into another actor already, by the stored graph or an earlier record of this batch"));
            }
            else if (seen.Add(merge) && !recorded.Contains(merge))
            {
                planned.Add(new PlannedMerge(merge, live));
            }
        }

        return planned;
    }
}
