using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

internal static partial class BatchImport
{
    private const string SameRecordSql =
        "SELECT count(*) FROM merge_record WHERE kept = $kept AND merged = $merged AND merged_by = $by AND merged_at = $at AND reason = $reason";

    private const string RecordSql = "INSERT INTO merge_record (kept, merged, merged_by, merged_at, reason) VALUES ($kept, $merged, $by, $at, $reason)";

    private const string RedirectSql = "INSERT OR REPLACE INTO actor_redirect (id, actor) VALUES ($id, $actor)";

    /// <summary>A merge record to write and the id its merged id resolves to, through the batch's own chains.</summary>
    private sealed record PlannedMerge(MergeRecord Record, string ResolvesTo);

    // What the rules leave to the store: agreeing with redirects already stored, and leaving out records stored before.
    private static List<PlannedMerge> PlanMerges(WriteSession session, IReadOnlyList<MergeRecord> merges, List<RuleViolation> violations)
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

            // This runs before the rules' verdict, so a chain that loops (which they refuse) must not loop here.
            var resolvesTo = merge.KeptId;
            var followed = new HashSet<string>(StringComparer.Ordinal);
            while (keptOf.TryGetValue(resolvesTo, out var next) && followed.Add(resolvesTo))
            {
                resolvesTo = next;
            }

            var live = session.Model.ResolveActor(resolvesTo) is var stored and >= 0 ? session.Model.ActorId(stored) : resolvesTo;
            var current = session.Model.ResolveActor(merge.MergedId);
            if (keptOf[merge.MergedId] != merge.KeptId || (current >= 0 && session.Model.ActorId(current) != live))
            {
                violations.Add(new(ViolationCodes.Conflict, $"$.merges[{i}].merged",
                    $"\"{merge.MergedId}\" is merged into another actor already, by the stored graph or an earlier record of this batch"));
            }
            else if (seen.Add(merge) && !IsRecorded(session, merge))
            {
                planned.Add(new PlannedMerge(merge, resolvesTo));
            }
        }

        return planned;
    }

    private static int WriteMerges(WriteSession session, List<PlannedMerge> merges, BatchReferences refs)
    {
        var redirects = new List<(string Id, int Actor)>();
        foreach (var (record, resolvesTo) in merges)
        {
            var actor = refs.Actor(resolvesTo);
            Execute(session, RecordSql, record);
            var redirect = session.Connection.Command(RedirectSql);
            redirect.Parameters.AddWithValue("$id", record.MergedId);
            redirect.Parameters.AddWithValue("$actor", GraphModel.SeqOf(actor));
            redirect.ExecuteNonQuery();
            redirects.Add((record.MergedId, actor));
        }

        session.OnCommit(model => redirects.ForEach(r => model.SetRedirect(r.Id, r.Actor)));
        return merges.Count;
    }

    private static bool IsRecorded(WriteSession session, MergeRecord merge) => Convert.ToInt64(Execute(session, SameRecordSql, merge, scalar: true), System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static object? Execute(WriteSession session, string sql, MergeRecord merge, bool scalar = false)
    {
        var command = session.Connection.Command(sql);
        command.Parameters.AddWithValue("$kept", merge.KeptId);
        command.Parameters.AddWithValue("$merged", merge.MergedId);
        command.Parameters.AddWithValue("$by", merge.By);
        command.Parameters.AddWithValue("$at", DateColumns.Instant(merge.At));
        command.Parameters.AddWithValue("$reason", merge.Reason);
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
