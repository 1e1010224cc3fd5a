using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string RepointRedirectsStatement = "MATCH (d:Redirect {actor: $merged}) SET d.actor = $kept";

    private const string DeleteActorStatement = "MATCH (a:Actor {id: $merged}) DETACH DELETE a";

    /// <inheritdoc/>
    /// <remarks>
    /// Refused, changing nothing, when either actor is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.merge.kept</c> /
    /// <c>$.merge.merged</c>), when the merged id was merged already (<c>ACTOR_MERGED</c>), when both ids name the same
    /// actor (<c>INVALID</c>) and when the kinds differ (<c>KIND_MISMATCH</c>). A relationship cannot change its ends,
    /// so the merged actor's ties are created again on the kept actor, with their ids, before it is deleted.
    /// </remarks>
    public Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync(async run =>
        {
            var lookup = await WriteLookup.LoadAsync(run, [keptId ?? "", mergedId ?? ""], [], [], cancellationToken).ConfigureAwait(false);
            var (kept, merged) = CheckMerge(lookup, keptId ?? "", mergedId ?? "", by, reason);
            var record = new MergeRecord(kept.Id, merged.Id, by, _time.GetUtcNow(), reason);
            var ties = await GraphReads.TiesOfActorsAsync(run, [kept.Id, merged.Id], new TieFilter { IncludeRetracted = true }, cancellationToken).ConfigureAwait(false);
            var moving = ties[merged.Id].OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
            var movingIds = moving.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var staying = ties[kept.Id].Where(t => !movingIds.Contains(t.Id));

            await GraphWrites.ActorsAsync(run, [Unite(kept, merged)], cancellationToken).ConfigureAwait(false);
            await GraphWrites.TiesAsync(run, MoveTies(moving, staying, record), cancellationToken).ConfigureAwait(false);
            await GraphWrites.DropNameKeysAsync(run, [merged.Id], cancellationToken).ConfigureAwait(false);
            await run(Statements.Of(DeleteActorStatement, ("merged", merged.Id)), cancellationToken).ConfigureAwait(false);
            await run(Statements.Of(RepointRedirectsStatement, ("merged", merged.Id), ("kept", kept.Id)), cancellationToken).ConfigureAwait(false);
            await GraphWrites.RedirectsAsync(run, [(merged.Id, kept.Id)], cancellationToken).ConfigureAwait(false);
            await GraphWrites.MergesAsync(run, [record], cancellationToken).ConfigureAwait(false);
            return record;
        }, cancellationToken);

    /// <summary>The kept actor with the merged actor's name and aliases added to its own.</summary>
    private static Actor Unite(Actor kept, Actor merged) =>
        kept with { Aliases = WriteLookup.WithName(kept.Name, [.. kept.Aliases, merged.Name, .. merged.Aliases]) };

    // The merged actor's ties with the kept actor as their end (MET_WITH re-ordered); those that now link the kept
    // actor to itself or repeat a report it already has are retracted with the reason.
    private static List<Tie> MoveTies(List<Tie> moving, IEnumerable<Tie> staying, MergeRecord record)
    {
        var reports = new Dictionary<TieContentKey, string>();
        foreach (var tie in staying)
        {
            reports.TryAdd(tie.ContentKey, tie.Id);
        }

        var moved = new List<Tie>(moving.Count);
        foreach (var tie in moving)
        {
            var repointed = TieIdentity.Canonical(tie with
            {
                Source = tie.Source == record.MergedId ? record.KeptId : tie.Source,
                Target = tie.Target == record.MergedId ? record.KeptId : tie.Target,
            });
            var retraction = repointed.Retraction ?? WhyRetract(repointed, reports, record);
            reports.TryAdd(repointed.ContentKey, repointed.Id);
            moved.Add(repointed with { Retraction = retraction });
        }

        return moved;
    }

    private static Retraction? WhyRetract(Tie moved, Dictionary<TieContentKey, string> reports, MergeRecord record)
    {
        if (moved.Source == moved.Target)
        {
            return new Retraction($"Merging \"{record.MergedId}\" into \"{record.KeptId}\" made this tie link \"{record.KeptId}\" to itself.", record.By, record.At);
        }

        return reports.TryGetValue(moved.ContentKey, out var original)
            ? new Retraction($"Merging \"{record.MergedId}\" into \"{record.KeptId}\" made this tie a duplicate of tie \"{original}\".", record.By, record.At)
            : null;
    }

    private static (Actor Kept, Actor Merged) CheckMerge(WriteLookup lookup, string keptId, string mergedId, string by, string reason)
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckAudit(by, reason, "$.merge", violations);
        var kept = lookup.FindActor(keptId);
        if (kept is null)
        {
            violations.Add(new(ViolationCodes.UnknownActor, "$.merge.kept", $"no actor has the id \"{keptId}\""));
        }

        Actor? merged = null;
        if (lookup.IsMergedAway(mergedId))
        {
            violations.Add(new(ViolationCodes.ActorMerged, "$.merge.merged", $"\"{mergedId}\" was already merged into \"{lookup.FindActor(mergedId)?.Id}\""));
        }
        else if ((merged = lookup.FindActor(mergedId)) is null)
        {
            violations.Add(new(ViolationCodes.UnknownActor, "$.merge.merged", $"no actor has the id \"{mergedId}\""));
        }

        if (kept is not null && merged is not null)
        {
            if (kept.Id == merged.Id)
            {
                violations.Add(new(ViolationCodes.Invalid, "$.merge.merged", $"\"{mergedId}\" and \"{keptId}\" are the same actor; an actor cannot be merged into itself"));
            }
            else if (kept.Kind != merged.Kind)
            {
                violations.Add(new(ViolationCodes.KindMismatch, "$.merge.merged",
                    $"\"{merged.Id}\" is a {WireNames.Of(merged.Kind)} and \"{kept.Id}\" a {WireNames.Of(kept.Kind)}; only actors of one kind can be merged"));
            }
            else
            {
                WriteLookup.CheckAliasCount(Unite(kept, merged), "$.merge.merged", violations);
            }
        }

        GraphRules.ThrowIfAny(violations);
        return (kept!, merged!);
    }
}
