using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// An actor as the properties of its <c>Actor</c> node. Beside what the actor says, the node keeps what search
/// compares: <c>nameKeys</c>, every suffix of every normalised spelling that starts at a word (each also a
/// <c>NameKey</c> node, which search reads through its index), and <c>sortName</c>, the normalised display name.
/// </summary>
internal static class ActorProperties
{
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
