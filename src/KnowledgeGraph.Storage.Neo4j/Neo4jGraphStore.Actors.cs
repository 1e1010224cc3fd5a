using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
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
        return WriteAsync(async run =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckActor(actor, "$.actor", violations);
            var stored = actor with { Aliases = WriteLookup.WithName(actor.Name ?? "", actor.Aliases ?? []) };
            var lookup = await WriteLookup.LoadAsync(run, [actor.Id ?? ""], [], [], cancellationToken).ConfigureAwait(false);
            if (lookup.IsMergedAway(actor.Id ?? ""))
            {
                violations.Add(new(ViolationCodes.ActorMerged, "$.actor.id",
                    $"\"{actor.Id}\" was merged into \"{lookup.FindActor(actor.Id!)!.Id}\"; write to that actor instead"));
            }
            else if (violations.Count == 0)
            {
                WriteLookup.CheckAliasCount(stored, "$.actor.aliases", violations);
                lookup.CheckKindChange(stored, "$.actor.kind", violations);
            }

            GraphRules.ThrowIfAny(violations);
            await GraphWrites.ActorsAsync(run, [stored], id => lookup.FindActor(id) is not null, cancellationToken).ConfigureAwait(false);
            return stored;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Actor> AddAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) =>
        WriteAsync(async run =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckAlias(alias, "$.alias", violations);
            var actor = await FindForAliasAsync(run, actorId, violations, cancellationToken).ConfigureAwait(false);
            GraphRules.ThrowIfAny(violations);
            if (actor!.Aliases.Contains(alias, StringComparer.Ordinal))
            {
                return actor;
            }

            var changed = actor with { Aliases = [.. actor.Aliases, alias] };
            WriteLookup.CheckAliasCount(changed, "$.actor.aliases", violations);
            GraphRules.ThrowIfAny(violations);
            await GraphWrites.ActorsAsync(run, [changed], cancellationToken).ConfigureAwait(false);
            return changed;
        }, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Removing a spelling the actor does not have changes nothing; the display name is refused (<c>INVALID</c> at <c>$.alias</c>).</remarks>
    public Task<Actor> RemoveAliasAsync(string actorId, string alias, CancellationToken cancellationToken = default) =>
        WriteAsync(async run =>
        {
            var violations = new List<RuleViolation>();
            if (string.IsNullOrEmpty(alias))
            {
                violations.Add(new(ViolationCodes.Required, "$.alias", "an alias to remove is required"));
            }

            var actor = await FindForAliasAsync(run, actorId, violations, cancellationToken).ConfigureAwait(false);
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
            await GraphWrites.ActorsAsync(run, [changed], cancellationToken).ConfigureAwait(false);
            return changed;
        }, cancellationToken);

    private static async Task<Actor?> FindForAliasAsync(CypherRunner run, string actorId, List<RuleViolation> violations, CancellationToken cancellationToken)
    {
        var actors = await GraphReads.ActorsAsync(run, [actorId ?? ""], cancellationToken).ConfigureAwait(false);
        var actor = actors.GetValueOrDefault(actorId ?? "");
        if (actor is null)
        {
            violations.Add(new(ViolationCodes.UnknownActor, "$.actor.id", $"no actor has the id \"{actorId}\""));
        }

        return actor;
    }
}
