using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class ParameterValueWriterTests
{
    private enum Stance
    {
        Hostile,
    }

    public static TheoryData<object?, string> Values => new()
    {
        { null, "null" },
        { "O'Brien \"quoted\" \\ é", "\"O'Brien \\\"quoted\\\" \\\\ é\"" },
        { true, "true" },
        { 42, "42" },
        { long.MaxValue, "9223372036854775807" },
        { 2.0, "2.0" },
        { 0.1, "0.1" },
        { 1e21, "1E+21" },
        { 2.5f, "2.5" },
        { 3m, "3.0" },
        { Stance.Hostile, "\"Hostile\"" },
        { new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "\"0f8fad5b-d9cb-469f-a165-70867728950e\"" },
        { new DateTimeOffset(2024, 3, 1, 12, 30, 0, TimeSpan.FromHours(2)), "\"2024-03-01T12:30:00.0000000+02:00\"" },
        { new DateOnly(1999, 12, 31), "\"1999-12-31\"" },
        { new[] { 1, 2 }, "[1,2]" },
        { new List<object?> { "a", null, 1.0 }, "[\"a\",null,1.0]" },
        { new Dictionary<string, int> { ["a"] = 1 }, "{\"a\":1}" },
        { new Dictionary<string, object?> { ["nested"] = new Dictionary<string, object?> { ["b"] = new[] { "c" } } }, "{\"nested\":{\"b\":[\"c\"]}}" },
        { new { Name = "n", Rank = 3 }, "{\"Name\":\"n\",\"Rank\":3}" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Writes_values_as_neo4j_reads_them(object? value, string expected)
    {
        Assert.Equal(expected, Write(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Rejects_numbers_json_cannot_carry(double value)
    {
        var failure = Assert.Throws<ArgumentException>(() => Write(value));

        Assert.Contains("'p'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_maps_with_keys_that_are_not_strings()
    {
        Assert.Throws<ArgumentException>(() => Write(new Dictionary<int, string> { [1] = "x" }));
    }

    private static string Write(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, StatementRequestWriter.WriterOptions))
        {
            ParameterValueWriter.Write(writer, value, "p");
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
