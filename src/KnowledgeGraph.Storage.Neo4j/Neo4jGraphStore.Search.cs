using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Every name starts with the empty query, so listing every actor ranks as a prefix match.
    private const int ListingRank = 1;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The limit is below 1 or the cursor did not come from a search.</exception>
    public async Task<Page<ActorMatch>> SearchActorsAsync(ActorSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(search), search.Limit, "The limit must be at least 1.");
        }

        var after = search.After is null ? null : SearchCursor.Decode(search.After);
        var before = search.Before is null ? null : SearchCursor.Decode(search.Before);
        var listing = string.IsNullOrWhiteSpace(search.Text);
        var text = listing ? "" : AliasNormalizer.Normalize(search.Text!);
        if (!listing && text.Length == 0)
        {
            return new Page<ActorMatch>([], false, 0);
        }

        var end = NameMatch.PrefixEnd(text);
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["end"] = end,
            ["kinds"] = (search.Kinds ?? []).Select(WireNames.Of).ToArray(),
        };
        TieFilterCypher.AddParameters(parameters, new TieFilter { Types = search.HasTieTypes, Window = search.ActiveIn ?? DateWindow.All });
        var active = search.HasTieTypes is { Count: > 0 } || search.ActiveIn is not null;
        if (listing)
        {
            return await ListAsync(search, (after, before), active, parameters, cancellationToken).ConfigureAwait(false);
        }

        var hits = new List<(Actor Actor, string Name, SearchCursor Key)>();
        foreach (var record in await Reader.RecordsAsync(Statements.Of(end is null ? SearchCypher.OpenEndedSearch(active) : SearchCypher.Search(active), parameters), cancellationToken).ConfigureAwait(false))
        {
            var properties = PropertyValues.Map(record.GetValue("actor"));
            var actor = ActorProperties.Read(properties);
            var sortName = PropertyValues.String(properties, "sortName");
            if (NameMatch.Best(text, actor.Name, actor.Aliases) is { } match)
            {
                // In name order every match ranks alike, so name and id alone order the hits and their cursors.
                hits.Add((actor, match.Name, new SearchCursor(search.Order == ActorSearchOrder.Name ? ListingRank : match.Rank, sortName, actor.Id)));
            }
        }

        var remaining = hits.Where(hit => (after is null || hit.Key.CompareTo(after) > 0) && (before is null || hit.Key.CompareTo(before) < 0)).ToList();
        remaining.Sort((a, b) => a.Key.CompareTo(b.Key));
        var page = (search.FromEnd ? remaining.TakeLast(search.Limit) : remaining.Take(search.Limit)).Select(hit => new ActorMatch(hit.Actor, hit.Name, hit.Key.Rank, hit.Key.Encode())).ToList();
        return new Page<ActorMatch>(page, remaining.Count > search.Limit, hits.Count);
    }
}
