using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Puts ties in ordinal order of their ids, quickly enough for a million. Ids in a batch tend to share a prefix
/// (<c>t-</c>); the four characters after it, packed into an integer, order almost every pair, so the sort is one of
/// integers and only ids packing alike are compared whole.
/// </summary>
internal static class IdOrder
{
    public static Tie[] Sort(IReadOnlyList<Tie> ties)
    {
        var common = CommonPrefixLength(ties);
        var keys = new ulong[ties.Count];
        var order = new int[ties.Count];
        for (var i = 0; i < ties.Count; i++)
        {
            keys[i] = Pack(ties[i].Id, common);
            order[i] = i;
        }

        Array.Sort(keys, order);
        for (int start = 0, end; start < order.Length; start = end)
        {
            for (end = start + 1; end < order.Length && keys[end] == keys[start]; end++)
            {
            }

            if (end - start > 1)
            {
                order.AsSpan(start, end - start).Sort((a, b) => string.CompareOrdinal(ties[a].Id, ties[b].Id));
            }
        }

        return Array.ConvertAll(order, i => ties[i]);
    }

    // Characters are 16 bits, so four of them fill the key in the order an ordinal comparison reads them; a shorter id
    // pads with zeros and sorts first, as it should (ids hold no NUL).
    private static ulong Pack(string id, int from)
    {
        ulong key = 0;
        for (var i = from; i < from + 4; i++)
        {
            key = (key << 16) | (i < id.Length ? id[i] : 0u);
        }

        return key;
    }

    private static int CommonPrefixLength(IReadOnlyList<Tie> ties)
    {
        if (ties.Count == 0)
        {
            return 0;
        }

        var first = ties[0].Id;
        var length = first.Length;
        foreach (var tie in ties)
        {
            length = Math.Min(length, first.AsSpan(0, length).CommonPrefixLength(tie.Id));
        }

        return length;
    }
}
