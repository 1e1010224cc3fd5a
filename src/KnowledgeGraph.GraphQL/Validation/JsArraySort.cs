namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Sorts as V8's <c>Array.prototype.sort</c> sorts the short arrays validation sorts (fewer than 64
/// items): TimSort's first run, reversed when strictly descending, extended by binary insertion. Any
/// stable sort would agree for a consistent comparison; this one also agrees with graphql-js when a
/// comparison is not consistent, which suggestion ordering can be on unusual interface hierarchies.
/// </summary>
internal static class JsArraySort
{
    /// <summary>Sorts <paramref name="items"/> in place.</summary>
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        for (var start = runLength; start < items.Count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var isDescending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }
}
