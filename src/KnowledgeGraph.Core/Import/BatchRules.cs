using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Import;

/// <summary>
/// Checks a whole batch against itself and the stored graph and prepares it for writing: every violation of every
/// row is collected (paths like <c>$.ties[3].evidence</c>), and tie ends are resolved through merges and put in
/// canonical order. Stores call this inside their write transaction, so a batch is written whole or not at all.
/// </summary>
public static class BatchRules
{
    public static GraphBatch Prepare(GraphBatch batch, IGraphLookup stored)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(stored);
        var violations = new List<RuleViolation>();
        var articles = CheckArticles(batch.Articles, stored, violations);
        var actors = CheckActors(batch.Actors, stored, violations);
        var ties = CheckTies(batch.Ties, articles, actors, stored, violations);
        CheckMerges(batch.Merges, actors, stored, violations);
        GraphRules.ThrowIfAny(violations);
        return batch with { Ties = ties };
    }

    /// <summary>
    /// The ties of a batch as a store writes them: the first tie of each id, its ends pointed at the live actors they
    /// resolve to, in canonical order. <see cref="Prepare"/> returns this same list when the batch passes; a store that
    /// writes ties before the verdict, inside the transaction the verdict decides, computes it with this.
    /// </summary>
    /// <param name="ties">The batch's ties.</param>
    /// <param name="liveActorId">The id of the live actor an id names (the batch's own actors first, then the stored
    /// graph through its merges), or null when none does.</param>
    public static List<Tie> Resolve(IReadOnlyList<Tie> ties, Func<string, string?> liveActorId)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(liveActorId);
        var resolved = new List<Tie>(ties.Count);
        var seen = new HashSet<string>(ties.Count, StringComparer.Ordinal);
        foreach (var tie in ties)
        {
            if (seen.Add(tie.Id))
            {
                resolved.Add(Resolve(tie, tie.Source is null ? null : liveActorId(tie.Source), tie.Target is null ? null : liveActorId(tie.Target)));
            }
        }

        return resolved;
    }

    /// <summary>True when two ties report the same thing in the same words (ids and retraction aside).</summary>
    public static bool SameReport(Tie a, Tie b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.ContentKey == b.ContentKey && a.Location == b.Location && a.Note == b.Note;
    }

    private static Dictionary<string, Article> CheckArticles(IReadOnlyList<Article> articles, IGraphLookup stored, List<RuleViolation> violations)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var path = RecordPath.Item("$.articles", i);
            GraphRules.CheckArticle(article, path, violations);
            if (!byId.TryAdd(article.Id, article))
            {
                violations.Add(new(ViolationCodes.DuplicateId, path.Field("id"), $"the article id \"{article.Id}\" appears more than once"));
            }
            else if (stored.FindArticle(article.Id) is { } existing && existing != article)
            {
                violations.Add(new(ViolationCodes.Conflict, path.Field("id"), $"a different article with the id \"{article.Id}\" is already stored"));
            }
        }

        return byId;
    }

    private static Dictionary<string, Actor> CheckActors(IReadOnlyList<Actor> actors, IGraphLookup stored, List<RuleViolation> violations)
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            var actor = actors[i];
            var path = RecordPath.Item("$.actors", i);
            GraphRules.CheckActor(actor, path, violations);
            if (!byId.TryAdd(actor.Id, actor))
            {
                violations.Add(new(ViolationCodes.DuplicateId, path.Field("id"), $"the actor id \"{actor.Id}\" appears more than once"));
            }
            else if (stored.IsMergedAway(actor.Id))
            {
                violations.Add(new(ViolationCodes.ActorMerged, path.Field("id"),
                    $"\"{actor.Id}\" was merged into \"{stored.FindActor(actor.Id)?.Id}\"; write to that actor instead"));
            }
        }

        return byId;
    }

    private static List<Tie> CheckTies(IReadOnlyList<Tie> ties, Dictionary<string, Article> articles, Dictionary<string, Actor> actors,
        IGraphLookup stored, List<RuleViolation> violations)
    {
        var prepared = new List<Tie>(ties.Count);
        var byId = new Dictionary<string, Tie>(StringComparer.Ordinal);
        for (var i = 0; i < ties.Count; i++)
        {
            var tie = ties[i];
            var path = RecordPath.Item("$.ties", i);
            var source = actors.GetValueOrDefault(tie.Source ?? "") ?? FindStoredActor(tie.Source, stored);
            var target = actors.GetValueOrDefault(tie.Target ?? "") ?? FindStoredActor(tie.Target, stored);
            var article = articles.GetValueOrDefault(tie.Article ?? "") ?? (tie.Article is null ? null : stored.FindArticle(tie.Article));
            GraphRules.CheckTie(tie, source, target, article, path, violations);
            if (tie.Retraction is { } retraction)
            {
                GraphRules.CheckAudit(retraction.By, retraction.Reason, path.Member("retraction"), violations);
            }

            var resolved = Resolve(tie, source?.Id, target?.Id);
            if (byId.TryGetValue(tie.Id, out var earlier))
            {
                if (!SameReport(earlier, resolved))
                {
                    violations.Add(new(ViolationCodes.DuplicateId, path.Field("id"), $"the tie id \"{tie.Id}\" appears more than once with different content"));
                }

                continue;
            }

            byId[tie.Id] = resolved;
            if (stored.FindTie(tie.Id) is { } existing && !SameReport(existing, resolved))
            {
                violations.Add(new(ViolationCodes.Conflict, path.Field("id"), $"a different tie with the id \"{tie.Id}\" is already stored"));
            }

            prepared.Add(resolved);
        }

        return prepared;
    }

    private static void CheckMerges(IReadOnlyList<MergeRecord> merges, Dictionary<string, Actor> actors, IGraphLookup stored, List<RuleViolation> violations)
    {
        // A batch may hold a chain (a into b, later b into c), as the export of a store that merged twice does: a kept
        // id that a record of the batch merges away resolves through that record.
        var keptOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in merges)
        {
            keptOf.TryAdd(merge.MergedId ?? "", merge.KeptId ?? "");
        }

        for (var i = 0; i < merges.Count; i++)
        {
            var merge = merges[i];
            var path = RecordPath.Item("$.merges", i);
            var kept = ResolveInBatch(merge.KeptId ?? "", keptOf);
            if (kept is null)
            {
                violations.Add(new(ViolationCodes.Invalid, path.Field("kept"), $"the batch's merges go round in a circle through \"{FieldChecks.Clip(merge.KeptId!)}\""));
            }
            else if (!actors.ContainsKey(kept) && stored.FindActor(kept) is null)
            {
                violations.Add(new(ViolationCodes.UnknownActor, path.Field("kept"), $"no actor has the id \"{FieldChecks.Clip(merge.KeptId!)}\""));
            }

            if (actors.ContainsKey(merge.MergedId) || (stored.FindActor(merge.MergedId) is not null && !stored.IsMergedAway(merge.MergedId)))
            {
                violations.Add(new(ViolationCodes.Conflict, path.Field("merged"), $"\"{merge.MergedId}\" is a live actor; merge it instead of recording a merge"));
            }

            GraphRules.CheckAudit(merge.By, merge.Reason, path, violations);
        }
    }

    // Points a tie at the live ids of its ends (an unknown end keeps its id) in canonical order; a tie whose ends were
    // not merged away is kept as it is rather than copied, which is almost every tie of a large import.
    private static Tie Resolve(Tie tie, string? liveSource, string? liveTarget)
    {
        string source = liveSource ?? tie.Source!, target = liveTarget ?? tie.Target!;
        var pointed = source == tie.Source && target == tie.Target ? tie : tie with { Source = source, Target = target };
        return TieIdentity.Canonical(pointed);
    }

    private static Actor? FindStoredActor(string? id, IGraphLookup stored) => id is null ? null : stored.FindActor(id);

    // Follows a kept id through the batch's own merges; null when they loop.
    private static string? ResolveInBatch(string keptId, Dictionary<string, string> keptOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var id = keptId;
        while (keptOf.TryGetValue(id, out var next))
        {
            if (!seen.Add(id))
            {
                return null;
            }

            id = next;
        }

        return id;
    }
}
