using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>Runs an <see cref="ActorSearch"/> over the name index: match, keep each actor's best name, filter, page.</summary>
internal static class ActorSearcher
{
    // Every name starts with the empty query, so listing every actor ranks as a prefix match.
    private const int ListingRank = 1;

    public static (List<SearchHit> Page, bool HasMore, int TotalCount) Search(GraphModel model, ActorSearch search, SearchCursor? after, SearchCursor? before)
    {
        var hits = string.IsNullOrWhiteSpace(search.Text) ? ListAll(model) : Match(model, AliasNormalizer.Normalize(search.Text));
        var kinds = search.Kinds is { Count: > 0 } wanted ? wanted : null;
        var activity = search.HasTieTypes is { Count: > 0 } || search.ActiveIn is not null
            ? new CompiledTieFilter(new TieFilter { Types = search.HasTieTypes, Window = search.ActiveIn ?? DateWindow.All }, model)
            : null;
        hits.RemoveAll(hit => (kinds is not null && !kinds.Contains(model.KindOf(hit.Actor))) || (activity is not null && !IsActive(model, hit.Actor, activity)));
        if (search.Order == ActorSearchOrder.Name)
        {
            // Name order is relevance order with every match ranked alike; the cursor then carries that one rank.
            hits = hits.ConvertAll(hit => hit with { Rank = ListingRank });
        }

        var (page, hasMore) = TakePage(model, hits, after, before, search);
        return (page, hasMore, hits.Count);
    }

    public static SearchCursor CursorOf(GraphModel model, SearchHit hit) =>
        new(hit.Rank, model.Names.Of(hit.Actor).NormalizedName, model.ActorId(hit.Actor));

    private static List<SearchHit> ListAll(GraphModel model)
    {
        var hits = new List<SearchHit>(model.LiveActorCount);
        for (var actor = 0; actor < model.ActorSlots; actor++)
        {
            if (model.IsLive(actor))
            {
                hits.Add(new SearchHit(actor, model.Names.Of(actor).DisplayIndex, ListingRank));
            }
        }

        return hits;
    }

    // The matching suffixes are one run of the sorted index, found by two binary searches; an actor met again keeps
    // its best-ranked name, preferring the display name, then the earlier alias. A suffix equal to the query sorts
    // before the longer ones, so only the head of the run is read to tell exact matches: reading every matching name
    // cost a pointer chase to scattered strings per entry, most of a search over thousands of matches.
    private static List<SearchHit> Match(GraphModel model, string query)
    {
        var hits = new List<SearchHit>();
        if (query.Length == 0)
        {
            return hits;
        }

        var names = model.Names;
        var scratch = TraversalScratch.Begin(model.ActorSlots);
        var first = names.LowerBound(query);
        var end = names.EndOfMatches(query, first);
        var exactEnd = first;
        while (exactEnd < end && names.Suffix(names[exactEnd]).Length == query.Length)
        {
            exactEnd++;
        }

        for (var i = first; i < end; i++)
        {
            var entry = names[i];
            var rank = entry.Offset > 0 ? 2 : i < exactEnd ? 0 : 1;
            var hit = new SearchHit(entry.Actor, entry.Name, rank);
            if (!scratch.IsForward(entry.Actor))
            {
                scratch.MarkForward(entry.Actor, hits.Count);
                hits.Add(hit);
            }
            else if (IsBetter(hit, hits[scratch.Forward[entry.Actor]], names.Of(entry.Actor).DisplayIndex))
            {
                hits[scratch.Forward[entry.Actor]] = hit;
            }
        }

        return hits;
    }

    private static bool IsBetter(SearchHit candidate, SearchHit current, int displayIndex) =>
        candidate.Rank != current.Rank ? candidate.Rank < current.Rank
        : candidate.Name == displayIndex || (current.Name != displayIndex && candidate.Name < current.Name);

    private static bool IsActive(GraphModel model, int actor, CompiledTieFilter activity)
    {
        foreach (var tie in model.TiesOf(actor))
        {
            if (activity.Matches(model, tie))
            {
                return true;
            }
        }

        return false;
    }

    // Keeps the first `limit` hits between the cursors (the last, from the end) with a bounded heap, so a page of a
    // long listing does not sort it all. The heap's top is the kept hit furthest from the end the page is taken from.
    private static (List<SearchHit> Page, bool HasMore) TakePage(GraphModel model, List<SearchHit> hits, SearchCursor? after, SearchCursor? before, ActorSearch search)
    {
        var order = Comparer<SearchHit>.Create((a, b) => Compare(model, a, b));
        var furthestFirst = new PriorityQueue<SearchHit, SearchHit>(search.FromEnd ? order : Comparer<SearchHit>.Create((a, b) => order.Compare(b, a)));
        var remaining = 0;
        foreach (var hit in hits)
        {
            if ((after is not null && CompareTo(model, hit, after) <= 0) || (before is not null && CompareTo(model, hit, before) >= 0))
            {
                continue;
            }

            remaining++;
            if (furthestFirst.Count < search.Limit)
            {
                furthestFirst.Enqueue(hit, hit);
            }
            else if (furthestFirst.Comparer.Compare(furthestFirst.Peek(), hit) < 0)
            {
                furthestFirst.EnqueueDequeue(hit, hit);
            }
        }

        var page = new List<SearchHit>(furthestFirst.Count);
        while (furthestFirst.Count > 0)
        {
            page.Add(furthestFirst.Dequeue());
        }

        if (!search.FromEnd)
        {
            page.Reverse();
        }

        return (page, remaining > search.Limit);
    }

    private static int CompareTo(GraphModel model, SearchHit hit, SearchCursor cursor) =>
        SearchCursor.Compare(hit.Rank, model.Names.Of(hit.Actor).NormalizedName, model.ActorId(hit.Actor), cursor.Rank, cursor.Name, cursor.Id);

    // Ranks, then packed name prefixes, before any string is read: thousands of hits go past the page's heap, and
    // reading each one's name meant chasing pointers to strings scattered over the heap.
    private static int Compare(GraphModel model, SearchHit a, SearchHit b)
    {
        if (a.Rank != b.Rank)
        {
            return a.Rank.CompareTo(b.Rank);
        }

        var (prefixA, prefixB) = (model.Names.DisplayPrefix(a.Actor), model.Names.DisplayPrefix(b.Actor));
        return prefixA != prefixB
            ? prefixA.CompareTo(prefixB)
            : SearchCursor.Compare(a.Rank, model.Names.Of(a.Actor).NormalizedName, model.ActorId(a.Actor), b.Rank, model.Names.Of(b.Actor).NormalizedName, model.ActorId(b.Actor));
    }
}
