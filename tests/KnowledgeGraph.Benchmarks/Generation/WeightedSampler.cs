namespace KnowledgeGraph.Benchmarks.Generation;

/// <summary>Draws indices with probability proportional to fixed weights, by binary search over the running sums.</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;
    private readonly int[] _items;

    public WeightedSampler(IReadOnlyList<int> items, Func<int, double> weightOf)
    {
        _items = [.. items];
        _cumulative = new double[_items.Length];
        var sum = 0.0;
        for (var i = 0; i < _items.Length; i++)
        {
            sum += weightOf(_items[i]);
            _cumulative[i] = sum;
        }
    }

    public int Next(Random random)
    {
        var point = random.NextDouble() * _cumulative[^1];
        var at = Array.BinarySearch(_cumulative, point);
        return _items[Math.Min(at < 0 ? ~at : at, _items.Length - 1)];
    }
}
