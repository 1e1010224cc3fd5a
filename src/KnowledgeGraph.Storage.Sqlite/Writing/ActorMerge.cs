using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Writes a checked merge: the merged actor's ties take the kept actor as their end (MET_WITH ties re-ordered), ties
/// that now link the kept actor to itself or repeat a report it already has are retracted with the reason, aliases
/// are united, the merged id and every id that resolved to it resolve to the kept actor, and the merge is recorded.
/// </summary>
internal static class ActorMerge
{
    private const string MoveTieSql =
        "UPDATE tie SET source = $source, target = $target, retracted_reason = $reason, retracted_by = $by, retracted_at = $at WHERE seq = $seq";

    private const string RepointRedirectsSql = "UPDATE actor_redirect SET actor = $kept WHERE actor = $merged";

    private const string AddRedirectSql = "INSERT INTO actor_redirect (id, actor) VALUES ($id, $kept)";

    private const string DeleteActorSql = "DELETE FROM actor WHERE seq = $merged";

    private const string RecordSql = "INSERT INTO merge_record (kept, merged, merged_by, merged_at, reason) VALUES ($kept, $merged, $by, $at, $reason)";

    /// <summary>The kept actor with the merged actor's name and aliases added to its own.</summary>
    public static Actor Unite(Actor kept, Actor merged) =>
        kept with { Aliases = AliasList.WithName(kept.Name, [.. kept.Aliases, merged.Name, .. merged.Aliases]) };

    public static void Apply(WriteSession session, Actor kept, Actor merged, MergeRecord record)
    {
        var model = session.Model;
        int keptIndex = model.ResolveActor(kept.Id), mergedIndex = model.ResolveActor(merged.Id);
        int keptSeq = GraphModel.SeqOf(keptIndex), mergedSeq = GraphModel.SeqOf(mergedIndex);
        var moves = MoveTies(session, keptIndex, mergedIndex, record);

        var united = Unite(kept, merged);
        using (var write = new ActorWrite(session.Connection))
        {
            write.Run(keptSeq, united, isNew: false);
        }

        Execute(session, RepointRedirectsSql, ("$kept", keptSeq), ("$merged", mergedSeq));
        Execute(session, AddRedirectSql, ("$id", merged.Id), ("$kept", keptSeq));
        Execute(session, DeleteActorSql, ("$merged", mergedSeq));
        Execute(session, RecordSql, ("$kept", record.KeptId), ("$merged", record.MergedId), ("$by", record.By),
            ("$at", DateColumns.Instant(record.At)), ("$reason", record.Reason));
        var names = new ActorNames(united.Name, united.Aliases);
        session.OnCommit(m =>
        {
            m.SetActor(keptIndex, united.Id, united.Kind, names);
            m.Merge(mergedIndex, keptIndex, moves);
        });
    }

    private static List<MovedTie> MoveTies(WriteSession session, int keptIndex, int mergedIndex, MergeRecord record)
    {
        var model = session.Model;
        var moving = model.TiesOf(mergedIndex).ToArray();
        Array.Sort(moving);
        var staying = model.TiesOf(keptIndex).ToArray().Except(moving).ToArray();
        var rows = StoredRows.TiesBySeq(session.Connection, moving.Concat(staying).Select(GraphModel.SeqOf));

        // The reports the kept actor has, by content: a moved tie that repeats one is a duplicate.
        var reports = new Dictionary<TieContentKey, string>();
        foreach (var tie in staying)
        {
            var row = rows[GraphModel.SeqOf(tie)];
            reports.TryAdd(row.ContentKey, row.Id);
        }

        var moves = new List<MovedTie>(moving.Length);
        foreach (var tie in moving)
        {
            var row = rows[GraphModel.SeqOf(tie)];
            var moved = TieIdentity.Canonical(row with
            {
                Source = row.Source == record.MergedId ? record.KeptId : row.Source,
                Target = row.Target == record.MergedId ? record.KeptId : row.Target,
            });
            var retraction = moved.Retraction ?? WhyRetract(moved, reports, record);
            reports.TryAdd(moved.ContentKey, moved.Id);
            int source = model.ResolveActor(moved.Source), target = model.ResolveActor(moved.Target);
            Execute(session, MoveTieSql, ("$source", GraphModel.SeqOf(source)), ("$target", GraphModel.SeqOf(target)),
                ("$reason", retraction?.Reason), ("$by", retraction?.By), ("$at", retraction is null ? null : DateColumns.Instant(retraction.At)),
                ("$seq", GraphModel.SeqOf(tie)));
            moves.Add(new MovedTie(tie, source, target, retraction is not null));
        }

        return moves;
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

    private static void Execute(WriteSession session, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = session.Connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
