using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class SuggestionListTests
{
    [Fact]
    public void Ranks_close_names_by_edit_distance_then_naturally()
    {
        Assert.Equal(["abc", "aBc", "abd"], SuggestionList.Suggest("abc", ["abd", "aBc", "xyz", "abc"]));
        Assert.Equal(["a2", "a10"], SuggestionList.Suggest("a1", ["a10", "a2"]));
        Assert.Empty(SuggestionList.Suggest("name", ["completelyDifferent"]));
    }

    [Fact]
    public void Counts_a_transposition_as_one_edit()
    {
        Assert.Equal(["Query"], SuggestionList.Suggest("Qurey", ["Query", "Mutation"]));
    }

    [Fact]
    public void Phrases_up_to_five_suggestions()
    {
        Assert.Equal(string.Empty, SuggestionList.DidYouMean([]));
        Assert.Equal(" Did you mean \"A\"?", SuggestionList.DidYouMean(["A"]));
        Assert.Equal(" Did you mean the enum value \"A\" or \"B\"?", SuggestionList.DidYouMean(["A", "B"], "the enum value"));
        Assert.Equal(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?", SuggestionList.DidYouMean(["A", "B", "C", "D", "E", "F"]));
    }
}
