using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// An actor as the properties of its <c>Actor</c> node. Beside what the actor says, the node keeps what search
/// compares: <c>nameKeys</c>, every suffix of every normalised spelling that starts at a word (each also a
/// <c>NameKey</c> node, which search reads through its index), <c>sortName</c>, the normalised display name, and
/// <c>nameKeysVersion</c>, which of these rules wrote them.
/// </summary>
internal static class ActorProperties
{
    /// <summary>
    /// The version of the search keys an actor is written with. Raise it whenever what <see cref="Of"/> derives for
    /// search changes (the key rules here or <see cref="AliasNormalizer"/>): at the next start every actor written with
    /// another version, or before versions existed, has its keys rewritten (<c>NameKeyBackfill</c>).
    /// </summary>
    public const long NameKeysVersion = 1;

    /// <summary>The map projection queries return an actor as, leaving out the search keys.</summary>
    public const string Projection = "a {.id, .kind, .name, .aliases, .description, .wikidata, .sortName} AS actor";

    public static Dictionary<string, object?> Of(Actor actor) => new()
    {
        ["id"] = actor.Id,
        ["kind"] = WireNames.Of(actor.Kind),
        ["name"] = actor.Name,
        ["aliases"] = actor.Aliases.ToArray(),
        ["nameKeys"] = NameKeys(actor),
        ["sortName"] = AliasNormalizer.Normalize(actor.Name),
        ["nameKeysVersion"] = NameKeysVersion,
        ["description"] = actor.Description,
        ["wikidata"] = actor.Wikidata,
    };

    public static Actor Read(IReadOnlyDictionary<string, object?> properties)
    {
        WireNames.TryParse(PropertyValues.String(properties, "kind"), out ActorKind kind);
        return new Actor
        {
            Id = PropertyValues.String(properties, "id"),
            Kind = kind,
            Name = PropertyValues.String(properties, "name"),
            Aliases = PropertyValues.Strings(properties, "aliases"),
            Description = PropertyValues.OptionalString(properties, "description"),
            Wikidata = PropertyValues.OptionalString(properties, "wikidata"),
        };
    }

    private static string[] NameKeys(Actor actor)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in actor.Aliases.Append(actor.Name))
        {
            var words = AliasNormalizer.Words(name);
            var normalized = string.Concat(words);
            foreach (var start in AliasNormalizer.WordStarts(words))
            {
                keys.Add(normalized[start..]);
            }
        }

        return [.. keys];
    }
}
