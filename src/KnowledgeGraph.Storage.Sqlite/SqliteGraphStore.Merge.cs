using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Refused, changing nothing, when either actor is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.merge.kept</c> /
    /// <c>$.merge.merged</c>), when the merged id was merged already (<c>ACTOR_MERGED</c>), when both ids name the same
    /// actor (<c>INVALID</c>) and when the kinds differ (<c>KIND_MISMATCH</c>). The kept id may itself be a merged-away
    /// id; it resolves first, and the record names the actor it resolved to.
    /// </remarks>
    public Task<MergeRecord> MergeActorsAsync(string keptId, string mergedId, string by, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync(session =>
        {
            var (kept, merged) = CheckMerge(session, keptId, mergedId, by, reason);
            var record = new MergeRecord(kept.Id, merged.Id, by, session.Time.GetUtcNow(), reason);
            ActorMerge.Apply(session, kept, merged, record);
            return record;
        }, cancellationToken);

    private static (Actor Kept, Actor Merged) CheckMerge(WriteSession session, string keptId, string mergedId, string by, string reason)
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckAudit(by, reason, "$.merge", violations);
        var kept = session.Lookup.FindActor(keptId);
        if (kept is null)
        {
            violations.Add(new(ViolationCodes.UnknownActor, "$.merge.kept", $"no actor has the id \"{keptId}\""));
        }

        Actor? merged = null;
        if (session.Lookup.IsMergedAway(mergedId))
        {
            violations.Add(new(ViolationCodes.ActorMerged, "$.merge.merged",
                $"\"{mergedId}\" was already merged into \"{session.Lookup.FindActor(mergedId)?.Id}\""));
        }
        else if ((merged = session.Lookup.FindActor(mergedId)) is null)
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
                ActorChecks.AliasCount(ActorMerge.Unite(kept, merged), "$.merge.merged", violations);
            }
        }

        GraphRules.ThrowIfAny(violations);
        return (kept!, merged!);
    }
}
