using System.Globalization;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // A listing is paged by the server: see SearchCypher.ListingPage.
    private async Task<Page<ActorMatch>> ListAsync(ActorSearch search, (SearchCursor? After, SearchCursor? Before) cursors, bool active,
        Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var filtered = search.Kinds is { Count: > 0 } || active;
        var counted = await Reader.RecordsAsync(Statements.Of(filtered ? SearchCypher.FilteredCount(active) : SearchCypher.Count, parameters), cancellationToken)
            .ConfigureAwait(false);
        var total = Convert.ToInt32(counted[0].GetValue("n"), CultureInfo.InvariantCulture);

        // Every listed actor ranks as a prefix match: a cursor of a better rank comes before all of them, one of a
        // worse rank after all of them.
        var (after, before) = cursors;
        if (after is { Rank: > ListingRank } || before is { Rank: < ListingRank })
        {
            return new Page<ActorMatch>([], false, total);
        }

        var bounds = new ListingBounds(after is { Rank: ListingRank }, before is { Rank: ListingRank }, search.FromEnd);
        parameters["take"] = search.Limit + 1;
        parameters["afterName"] = after?.Name;
        parameters["afterId"] = after?.Id;
        parameters["beforeName"] = before?.Name;
        parameters["beforeId"] = before?.Id;
        var records = await Reader.RecordsAsync(Statements.Of(SearchCypher.ListingPage(active, bounds), parameters), cancellationToken).ConfigureAwait(false);
        var page = records.Take(search.Limit).Select(record =>
        {
            var properties = PropertyValues.Map(record.GetValue("actor"));
            var actor = ActorProperties.Read(properties);
            var key = new SearchCursor(ListingRank, PropertyValues.String(properties, "sortName"), actor.Id);
            return new ActorMatch(actor, actor.Name, ListingRank, key.Encode());
        }).ToList();

        // From the end the server hands the page over last first.
        if (search.FromEnd)
        {
            page.Reverse();
        }

        return new Page<ActorMatch>(page, records.Count > search.Limit, total);
    }
}
