using System.Globalization;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // A listing is paged by the server: see SearchCypher.ListingPage.
    private async Task<Page<ActorMatch>> ListAsync(ActorSearch search, SearchCursor? after, bool active, Dictionary<string, object?> parameters,
        CancellationToken cancellationToken)
    {
        var filtered = search.Kinds is { Count: > 0 } || active;
        var counted = await Reader.RecordsAsync(Statements.Of(filtered ? SearchCypher.FilteredCount(active) : SearchCypher.Count, parameters), cancellationToken)
            .ConfigureAwait(false);
        var total = Convert.ToInt32(counted[0].GetValue("n"), CultureInfo.InvariantCulture);

        // Every listed actor ranks as a prefix match: a cursor of a better rank comes before all of them, one of a
        // worse rank after all of them.
        if (after is { Rank: > ListingRank })
        {
            return new Page<ActorMatch>([], false, total);
        }

        var resume = after is { Rank: ListingRank };
        parameters["take"] = search.Limit + 1;
        parameters["afterName"] = after?.Name;
        parameters["afterId"] = after?.Id;
        var records = await Reader.RecordsAsync(Statements.Of(resume ? SearchCypher.ListingPageAfter(active) : SearchCypher.ListingPage(active), parameters), cancellationToken).ConfigureAwait(false);
        var page = records.Take(search.Limit).Select(record =>
        {
            var properties = PropertyValues.Map(record.GetValue("actor"));
            var actor = ActorProperties.Read(properties);
            var key = new SearchCursor(ListingRank, PropertyValues.String(properties, "sortName"), actor.Id);
            return new ActorMatch(actor, actor.Name, ListingRank, key.Encode());
        }).ToList();
        return new Page<ActorMatch>(page, records.Count > search.Limit, total);
    }
}
