using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Tests.Rules;

public sealed class RecordPathTests
{
    [Fact]
    public void A_record_standing_alone_is_spelled_as_given() => Assert.Equal("$.tie.evidence", RecordPath.Of("$.tie").Field("evidence"));

    [Fact]
    public void A_record_of_a_list_is_spelled_with_its_index() => Assert.Equal("$.ties[3].id", RecordPath.Item("$.ties", 3).Field("id"));

    [Fact]
    public void A_nested_record_is_spelled_under_its_parent() =>
        Assert.Equal("$.ties[0].retraction.by", RecordPath.Item("$.ties", 0).Member("retraction").Field("by"));

    [Fact]
    public void Members_nest_in_order() => Assert.Equal("$.merge.merged.aliases", RecordPath.Of("$.merge").Member("merged").Member("aliases").ToString());
}
