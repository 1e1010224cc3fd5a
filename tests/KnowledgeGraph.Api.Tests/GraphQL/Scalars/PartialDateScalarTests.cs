using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Scalars;

public sealed class PartialDateScalarTests
{
    [Theory]
    [InlineData("\"2023-13\"", "\"2023-13\"")]
    [InlineData("2023", "2023")]
    public async Task A_bad_date_literal_is_refused_at_its_place_in_the_document(string literal, string printed)
    {
        using var server = new ApiServer();

        var response = await server.GraphQL().PostAsync($$"""
            {
              actor(id: "kataib-hezbollah") { relations(window: { from: {{literal}} }) { direction } }
            }
            """);

        var error = response.FirstError;
        Assert.Equal($"PartialDate must be an ISO-8601 date such as \"2023-11-20\", \"2023-11\" or \"2023\"; got: {printed}", error.GetProperty("message").GetString());
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(61, location.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_date_literal_is_read_at_its_precision()
    {
        using var server = new ApiServer();

        var data = await server.GraphQL().QueryAsync("""
            { actor(id: "kataib-hezbollah") { relations(window: { from: "2023-11", to: "2023-11" }) { counterpart { id } } } }
            """);

        var relation = Assert.Single(data.GetProperty("actor").GetProperty("relations").EnumerateArray());
        Assert.Equal("hadi-al-amiri", relation.GetProperty("counterpart").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_date_that_does_not_exist_carries_the_rule_code_as_a_literal_and_as_a_variable()
    {
        using var server = new ApiServer(Credentials.Settings());
        var client = server.GraphQL(Credentials.EditorKey);

        var literal = await client.PostAsync("""
            mutation { addTie(input: { type: MET_WITH, source: "kataib-hezbollah", target: "hadi-al-amiri", article: "memri-jttm-iraqi-militias-iran-2024", date: "2023-02-30", evidence: "Hizbullah Brigades" }) { id } }
            """);
        var variable = await client.PostAsync("mutation($input: TieInput!) { addTie(input: $input) { id } }", new
        {
            input = new { type = "MET_WITH", source = "kataib-hezbollah", target = "hadi-al-amiri", article = "memri-jttm-iraqi-militias-iran-2024", date = "2023-02-30", evidence = "Hizbullah Brigades" },
        });

        foreach (var response in new[] { literal, variable })
        {
            Assert.Equal("INVALID_DATE", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("\"2023-02-30\"", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("at \"input.date\"", variable.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
