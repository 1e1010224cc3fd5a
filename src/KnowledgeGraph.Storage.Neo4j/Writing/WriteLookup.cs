using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// What the rules see of the stored graph: the actors, articles and ties a write names, read inside its transaction
/// in a few batched statements before it writes anything.
/// </summary>
internal sealed class WriteLookup : IGraphLookup
{
    private const string LeadersQuery =
        "UNWIND $ids AS id MATCH (a:Actor {id: id})-[t:TIE]->(:Actor) WHERE t.type = 'LEADS' RETURN DISTINCT a.id AS id";

    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Tie> _ties;
    private readonly HashSet<string> _leaders;

    private WriteLookup(Dictionary<string, Actor> actors, Dictionary<string, Article> articles, Dictionary<string, Tie> ties, HashSet<string> leaders)
    {
        _actors = actors;
        _articles = articles;
        _ties = ties;
        _leaders = leaders;
    }

    public static async Task<WriteLookup> LoadAsync(CypherRunner run, IEnumerable<string> actorIds, IEnumerable<string> articleIds, IEnumerable<string> tieIds,
        CancellationToken cancellationToken)
    {
        var actors = await GraphReads.ActorsAsync(run, actorIds, cancellationToken).ConfigureAwait(false);
        var articles = await GraphReads.ArticlesAsync(run, articleIds, cancellationToken).ConfigureAwait(false);
        var ties = await GraphReads.TiesByIdAsync(run, tieIds, cancellationToken).ConfigureAwait(false);
        var persons = actors.Values.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).Distinct().ToArray();
        var leaders = new HashSet<string>(StringComparer.Ordinal);
        if (persons.Length > 0)
        {
            foreach (var record in await run.RecordsAsync(Statements.Of(LeadersQuery, ("ids", persons)), cancellationToken).ConfigureAwait(false))
            {
                leaders.Add((string)record.GetValue("id")!);
            }
        }

        return new WriteLookup(actors, articles, ties, leaders);
    }

    public Actor? FindActor(string id) => string.IsNullOrEmpty(id) ? null : _actors.GetValueOrDefault(id);

    public bool IsMergedAway(string id) => FindActor(id) is { } actor && actor.Id != id;

    public Article? FindArticle(string id) => string.IsNullOrEmpty(id) ? null : _articles.GetValueOrDefault(id);

    public Tie? FindTie(string id) => string.IsNullOrEmpty(id) ? null : _ties.GetValueOrDefault(id);

    /// <summary>
    /// A LEADS tie must start at a person, so a stored person that is the source of one (retracted or not: an export
    /// carries those, and importing it must pass the same rule) cannot stop being a person.
    /// </summary>
    public void CheckKindChange(Actor stored, string path, List<RuleViolation> violations)
    {
        if (stored.Kind != ActorKind.Person && FindActor(stored.Id) is { Kind: ActorKind.Person } current && _leaders.Contains(current.Id))
        {
            violations.Add(new(ViolationCodes.LeadsFromNonPerson, path,
                $"\"{stored.Id}\" is the source of LEADS ties, which must start at a PERSON, so it cannot become a {WireNames.Of(stored.Kind)}"));
        }
    }

    /// <summary>The alias limit applies to the stored list, which may have gained the display name.</summary>
    public static void CheckAliasCount(Actor stored, string path, List<RuleViolation> violations)
    {
        if (stored.Aliases.Count > FieldLimits.AliasCount)
        {
            violations.Add(new(ViolationCodes.TooLong, path, $"would have {stored.Aliases.Count} aliases; the limit is {FieldLimits.AliasCount}"));
        }
    }

    /// <summary>The stored form of aliases: each spelling once (exact comparison), the display name always among them.</summary>
    public static List<string> WithName(string name, IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = aliases.Where(seen.Add).ToList();
        if (seen.Add(name))
        {
            list.Insert(0, name);
        }

        return list;
    }
}
