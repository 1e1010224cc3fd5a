using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// The display name is added to the aliases when missing and aliases are kept once each. Refused with
    /// <c>ACTOR_MERGED</c> for an id merged away, and with <c>LEADS_FROM_NON_PERSON</c> at <c>$.actor.kind</c> when a
    /// person who leads something (by any stored tie, retracted or not) would stop being a person.
    /// </remarks>
    public Task<Actor> UpsertActorAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(session =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckActor(actor, "$.actor", violations);
            var stored = actor with { Aliases = AliasList.WithName(actor.Name ?? "", actor.Aliases ?? []) };
            if (session.Model.IsMergedAway(actor.Id ?? ""))
            {
                violations.Add(new(ViolationCodes.ActorMerged, "$.actor.id",
                    $"\"{actor.Id}\" was merged into \"{session.Model.ActorId(session.Model.ResolveActor(actor.Id!))}\"; write to that actor instead"));
            }
            else if (violations.Count == 0)
            {
                ActorChecks.AliasCount(stored, "$.actor.aliases", violations);
                ActorChecks.KindChange(session.Model, stored, "$.actor.kind", violations);
            }

            GraphRules.ThrowIfAny(violations);
            WriteActor(session, stored);
            return stored;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) =>
        WriteAsync(session =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckAlias(alias, "$.alias", violations);
            var actor = FindForAlias(session, actorId, violations);
            GraphRules.ThrowIfAny(violations);
            if (actor!.Aliases.Contains(alias, StringComparer.Ordinal))
            {
                return actor;
            }

            var changed = actor with { Aliases = [.. actor.Aliases, alias] };
            ActorChecks.AliasCount(changed, "$.actor.aliases", violations);
            GraphRules.ThrowIfAny(violations);
            WriteActor(session, changed);
            return changed;
        }, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Removing a spelling the actor does not have changes nothing; the display name is refused (<c>INVALID</c> at <c>$.alias</c>).</remarks>
    public Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) =>
        WriteAsync(session =>
        {
            var violations = new List<RuleViolation>();
            if (string.IsNullOrEmpty(alias))
            {
                violations.Add(new(ViolationCodes.Required, "$.alias", "an alias to remove is required"));
            }

            var actor = FindForAlias(session, actorId, violations);
            if (actor is not null && alias == actor.Name)
            {
                violations.Add(new(ViolationCodes.Invalid, "$.alias", $"\"{alias}\" is the display name of \"{actor.Id}\"; rename the actor before removing it"));
            }

            GraphRules.ThrowIfAny(violations);
            if (!actor!.Aliases.Contains(alias, StringComparer.Ordinal))
            {
                return actor;
            }

            var changed = actor with { Aliases = actor.Aliases.Where(a => a != alias).ToList() };
            WriteActor(session, changed);
            return changed;
        }, cancellationToken);

    private static Actor? FindForAlias(WriteSession session, string actorId, List<RuleViolation> violations)
    {
        var actor = session.Lookup.FindActor(actorId);
        if (actor is null)
        {
            violations.Add(new(ViolationCodes.UnknownActor, "$.actor.id", $"no actor has the id \"{actorId}\""));
        }

        return actor;
    }

    // Writes an actor whose aliases are already in stored form, and queues the model change.
    private static void WriteActor(WriteSession session, Actor actor)
    {
        var index = session.Model.ResolveActor(actor.Id);
        var isNew = index < 0;
        if (isNew)
        {
            index = session.NewActorIndex();
        }

        using (var write = new ActorWrite(session.Connection))
        {
            write.Run(GraphModel.SeqOf(index), actor, isNew);
        }

        var names = new ActorNames(actor.Name, actor.Aliases);
        session.OnCommit(model => model.SetActor(index, actor.Id, actor.Kind, names));
    }
}
