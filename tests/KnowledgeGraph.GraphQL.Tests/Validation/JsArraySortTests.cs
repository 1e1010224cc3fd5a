using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class JsArraySortTests
{
    [Fact]
    public void Keeps_equal_items_in_their_original_order()
    {
        List<(int Key, string Name)> items = [(3, "a"), (1, "b"), (3, "c"), (1, "d"), (2, "e")];

        JsArraySort.Sort(items, (x, y) => x.Key - y.Key);

        Assert.Equal(["b", "d", "e", "a", "c"], items.Select(item => item.Name));
    }

    [Fact]
    public void Sorts_a_list_that_starts_with_a_descending_run()
    {
        List<int> items = [9, 8, 7, 6, 1, 2, 3];

        JsArraySort.Sort(items, (x, y) => x - y);

        Assert.Equal([1, 2, 3, 6, 7, 8, 9], items);
    }

    [Fact]
    public void Orders_as_v8_does_even_when_the_comparison_is_not_consistent()
    {
        // Rock beats scissors beats paper beats rock: no order satisfies every comparison. The
        // expected order is what node's Array.prototype.sort gives for the same input.
        var beats = new Dictionary<string, string> { ["R"] = "S", ["S"] = "P", ["P"] = "R" };
        List<string> items = ["P", "R", "S", "R", "P", "S", "S", "R"];

        JsArraySort.Sort(items, (a, b) => a == b ? 0 : beats[a] == b ? -1 : 1);

        Assert.Equal(["P", "P", "R", "R", "R", "S", "S", "S"], items);
    }
}
