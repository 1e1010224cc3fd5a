using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Checks on an actor write that need the stored graph, beyond the shape checks of <see cref="GraphRules"/>.</summary>
internal static class ActorChecks
{
    /// <summary>The alias limit applies to the stored list, which may have gained the display name.</summary>
    public static void AliasCount(Actor stored, RecordPath path, List<RuleViolation> violations)
    {
        if (stored.Aliases.Count > FieldLimits.AliasCount)
        {
            violations.Add(new(ViolationCodes.TooLong, path.ToString(), $"would have {stored.Aliases.Count} aliases; the limit is {FieldLimits.AliasCount}"));
        }
    }

    /// <summary>
    /// A LEADS tie must start at a person, so an actor that leads something cannot stop being one. Retracted ties count
    /// too: an export carries them, and importing it must pass the same rule.
    /// </summary>
    public static void KindChange(GraphModel model, Actor stored, RecordPath path, List<RuleViolation> violations)
    {
        var actor = model.ResolveActor(stored.Id);
        if (actor < 0 || stored.Kind == ActorKind.Person || model.KindOf(actor) != ActorKind.Person)
        {
            return;
        }

        foreach (var tie in model.TiesOf(actor))
        {
            if (model.TypeOf(tie) == TieType.Leads && model.SourceOf(tie) == actor)
            {
                violations.Add(new(ViolationCodes.LeadsFromNonPerson, path.ToString(),
                    $"\"{stored.Id}\" is the source of LEADS ties, which must start at a PERSON, so it cannot become a {WireNames.Of(stored.Kind)}"));
                return;
            }
        }
    }
}
