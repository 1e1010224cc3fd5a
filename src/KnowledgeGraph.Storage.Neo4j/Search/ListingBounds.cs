namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>Which cursors bound a listing page, and which end of the bounded range the page is taken from.</summary>
internal readonly record struct ListingBounds(bool After, bool Before, bool FromEnd)
{
    /// <summary>A small number naming the combination, to pick one of the precomputed statement texts.</summary>
    public int Index => (After ? 1 : 0) | (Before ? 2 : 0) | (FromEnd ? 4 : 0);

    /// <summary>Every combination, each at the position its <see cref="Index"/> names.</summary>
    public static IEnumerable<ListingBounds> All => Enumerable.Range(0, 8).Select(i => new ListingBounds((i & 1) != 0, (i & 2) != 0, (i & 4) != 0));
}
