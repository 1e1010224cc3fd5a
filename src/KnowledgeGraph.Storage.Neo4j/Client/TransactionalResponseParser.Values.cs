using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Whole values: read, skipped or rejected only once the buffer holds all of them.</summary>
internal sealed partial class TransactionalResponseParser
{
    internal static Neo4jException Malformed(string detail, Exception? innerException = null) =>
        new(Neo4jErrorClassification.Unknown, $"The Neo4j server sent a response this client cannot read: {detail}.", innerException);

    private bool TryEnterArray(ref Utf8JsonReader reader, Position inside)
    {
        if (!reader.Read())
        {
            return false;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        position = inside;
        return true;
    }

    private static bool TryReadValue(ref Utf8JsonReader reader, out JsonElement value)
    {
        value = default;
        if (!reader.Read())
        {
            return false;
        }

        var start = reader;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return false;
        }

        value = JsonElement.ParseValue(ref start);
        return true;
    }

    private static bool TrySkipValue(ref Utf8JsonReader reader) =>
        reader.Read() && (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip());

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw Malformed($"expected {expected} but found {reader.TokenType}");
        }
    }
}
