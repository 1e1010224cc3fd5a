using KnowledgeGraph.Api.Tests.TestUtilities;

namespace KnowledgeGraph.Api.Tests.GraphQL.Scalars;

/// <summary>A JSON literal that no JSON document can hold is refused in the product's words, not the serializer's.</summary>
public sealed class JsonScalarTests
{
    [Fact]
    public async Task A_number_literal_beyond_double_range_is_refused_saying_so()
    {
        using var server = new ApiServer(Credentials.Settings());

        var response = await server.GraphQL(Credentials.EditorKey).PostAsync(
            """mutation { importDocument(document: { actors: [{ id: "n", kind: "FACTION", name: "N", aliases: [1.5e400] }] }) { actorsWritten } }""");

        var message = response.FirstError.GetProperty("message").GetString();
        Assert.Contains("JSON", message, StringComparison.Ordinal);
        Assert.Contains("1.5e400", message, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonSerializer", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", message, StringComparison.Ordinal);
    }
}
