using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// The rules every write is checked against, whatever the store. Each check appends violations naming the field
/// under the path it is given, so one pass reports every problem of a batch.
/// </summary>
public static partial class GraphRules
{
    public static void CheckActor(Actor actor, RecordPath path, List<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(violations);
        FieldChecks.Id(actor.Id, path, "id", violations);
        if (!Enum.IsDefined(actor.Kind))
        {
            violations.Add(new(ViolationCodes.Invalid, path.Field("kind"), "must be FACTION, PERSON or GOVERNMENT"));
        }

        FieldChecks.Required(actor.Name, FieldLimits.Name, path, "name", violations);
        if (actor.Aliases.Count > FieldLimits.AliasCount)
        {
            violations.Add(new(ViolationCodes.TooLong, path.Field("aliases"), $"has {actor.Aliases.Count} aliases; the limit is {FieldLimits.AliasCount}"));
        }

        for (var i = 0; i < actor.Aliases.Count; i++)
        {
            if (!IsWellFormedAlias(actor.Aliases[i]))
            {
                CheckAlias(actor.Aliases[i], path.Field($"aliases[{i}]"), violations);
            }
        }

        FieldChecks.Optional(actor.Description, FieldLimits.Description, path, "description", violations);
        if (actor.Wikidata is { } q && !WikidataId().IsMatch(q))
        {
            violations.Add(new(ViolationCodes.Invalid, path.Field("wikidata"), $"\"{FieldChecks.Clip(q)}\" is not a Wikidata item id such as Q42"));
        }
    }

    public static void CheckAlias(string? alias, string path, List<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        FieldChecks.Required(alias, FieldLimits.Alias, path, null, violations);
        if (!string.IsNullOrWhiteSpace(alias) && Naming.AliasNormalizer.Normalize(alias).Length == 0)
        {
            violations.Add(new(ViolationCodes.Invalid, path, "must contain at least one letter or digit"));
        }
    }

    public static void CheckArticle(Article article, RecordPath path, List<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(violations);
        FieldChecks.Id(article.Id, path, "id", violations);
        FieldChecks.Optional(article.Title, FieldLimits.Title, path, "title", violations);
        FieldChecks.Optional(article.Publisher, FieldLimits.Publisher, path, "publisher", violations);
        FieldChecks.Optional(article.Url, FieldLimits.Url, path, "url", violations);
        FieldChecks.Optional(article.Note, FieldLimits.Note, path, "note", violations);
        FieldChecks.Required(article.Text, FieldLimits.ArticleText, path, "text", violations);
    }

    /// <summary>
    /// Checks a tie against its resolved ends and article. Null ends or article mean the reference is unknown.
    /// </summary>
    public static void CheckTie(Tie tie, Actor? source, Actor? target, Article? article, RecordPath path, List<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(tie);
        ArgumentNullException.ThrowIfNull(violations);
        FieldChecks.Id(tie.Id, path, "id", violations);
        if (!Enum.IsDefined(tie.Type))
        {
            violations.Add(new(ViolationCodes.Invalid, path.Field("type"), "must be LEADS, AFFILIATED_WITH, MET_WITH or ATTACKED"));
        }

        CheckReference(tie.Source, source, ViolationCodes.UnknownActor, "actor", path, "source", violations);
        CheckReference(tie.Target, target, ViolationCodes.UnknownActor, "actor", path, "target", violations);
        CheckReference(tie.Article, article, ViolationCodes.UnknownArticle, "article", path, "article", violations);
        // A merge keeps, retracted, the ties it turned into self-ties; an export carries them, so they must import.
        if (source is not null && target is not null && source.Id == target.Id && !tie.IsRetracted)
        {
            violations.Add(new(ViolationCodes.SelfTie, path.Field("target"), $"a tie cannot link \"{source.Id}\" to itself"));
        }

        if (tie.Type == TieType.Leads && source is not null && source.Kind != ActorKind.Person)
        {
            violations.Add(new(ViolationCodes.LeadsFromNonPerson, path.Field("source"),
                $"LEADS must start at a PERSON, but \"{source.Id}\" is a {WireNames.Of(source.Kind)}"));
        }

        FieldChecks.Required(tie.Evidence, FieldLimits.Evidence, path, "evidence", violations);
        if (article is not null && !string.IsNullOrWhiteSpace(tie.Evidence) && !article.Text.Contains(tie.Evidence, StringComparison.Ordinal))
        {
            violations.Add(new(ViolationCodes.EvidenceNotInArticle, path.Field("evidence"),
                $"is not an exact substring of the text of article \"{article.Id}\"{EvidenceMismatch.Hint(article.Text, tie.Evidence)}"));
        }

        FieldChecks.Optional(tie.Location, FieldLimits.Location, path, "location", violations);
        FieldChecks.Optional(tie.Note, FieldLimits.Note, path, "note", violations);
    }

    /// <summary>Checks who and why for retractions and merges.</summary>
    public static void CheckAudit(string? by, string? reason, RecordPath path, List<RuleViolation> violations)
    {
        FieldChecks.Required(by, FieldLimits.Principal, path, "by", violations);
        FieldChecks.Required(reason, FieldLimits.Reason, path, "reason", violations);
    }

    // The alias checks' happy path, which spells out no path: an actor of a large import has several aliases.
    private static bool IsWellFormedAlias(string? alias) =>
        !string.IsNullOrWhiteSpace(alias) && alias.Length <= FieldLimits.Alias && FieldChecks.UnpairedSurrogateAt(alias) < 0
        && Naming.AliasNormalizer.Normalize(alias).Length > 0;

    /// <summary>Throws when <paramref name="violations"/> holds anything.</summary>
    public static void ThrowIfAny(List<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            throw new GraphRuleException(violations.ToArray());
        }
    }

    private static void CheckReference(string id, object? resolved, string code, string what, RecordPath path, string field, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(id))
        {
            violations.Add(new(ViolationCodes.Required, path.Field(field), $"an {what} id is required"));
        }
        else if (resolved is null)
        {
            violations.Add(new(code, path.Field(field), $"no {what} has the id \"{FieldChecks.Clip(id)}\""));
        }
    }

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataId();
}
