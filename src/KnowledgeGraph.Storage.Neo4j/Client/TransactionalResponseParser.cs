using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Reads a transactional-endpoint response incrementally, one buffer at a time, so a result of any
/// size streams through a small buffer. Only the containers that hold rows are walked token by
/// token; every other value (a row, the columns, the errors, metadata) is taken whole once the
/// buffer holds all of it. Keys may come in any order, as they differ between server versions.
/// </summary>
internal sealed partial class TransactionalResponseParser
{
    private Position position;
    private JsonReaderState readerState;
    private Neo4jColumns? columns;

    private enum Position
    {
        BeforeDocument,
        InDocument,
        InResults,
        InResult,
        InData,
        InDataItem,
        AfterDocument,
    }

    public bool IsComplete => position == Position.AfterDocument;

    /// <summary>Parses every complete step the buffer holds and returns how many bytes it used.</summary>
    /// <remarks>The caller keeps the unused tail and passes it again, followed by more data.</remarks>
    public int Parse(ReadOnlySpan<byte> buffer, bool isFinalBlock, List<TransactionalResponseEvent> events)
    {
        var reader = new Utf8JsonReader(buffer, isFinalBlock, readerState);
        try
        {
            while (!IsComplete)
            {
                // A step either completes or leaves no trace: it works on a copy of the reader.
                var attempt = reader;
                if (!TryStep(ref attempt, events))
                {
                    break;
                }

                reader = attempt;
            }
        }
        catch (JsonException exception)
        {
            var problem = isFinalBlock ? "it ended before its JSON document did, or is not valid JSON" : "it is not valid JSON";
            throw Malformed($"{problem} ({exception.Message})", exception);
        }

        readerState = reader.CurrentState;
        return checked((int)reader.BytesConsumed);
    }

    private bool TryStep(ref Utf8JsonReader reader, List<TransactionalResponseEvent> events)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (position)
        {
            case Position.BeforeDocument:
                Expect(ref reader, JsonTokenType.StartObject);
                position = Position.InDocument;
                return true;
            case Position.InDocument when reader.TokenType == JsonTokenType.EndObject:
                position = Position.AfterDocument;
                return true;
            case Position.InDocument:
                return TryReadDocumentProperty(ref reader, events);
            case Position.InResults when reader.TokenType == JsonTokenType.EndArray:
                position = Position.InDocument;
                return true;
            case Position.InResults:
                Expect(ref reader, JsonTokenType.StartObject);
                columns = null;
                position = Position.InResult;
                return true;
            case Position.InResult when reader.TokenType == JsonTokenType.EndObject:
                events.Add(TransactionalResponseEvent.ForCompletedStatement(columns ?? Neo4jColumns.None));
                position = Position.InResults;
                return true;
            case Position.InResult:
                return TryReadResultProperty(ref reader);
            case Position.InData when reader.TokenType == JsonTokenType.EndArray:
                position = Position.InResult;
                return true;
            case Position.InData:
                Expect(ref reader, JsonTokenType.StartObject);
                position = Position.InDataItem;
                return true;
            case Position.InDataItem when reader.TokenType == JsonTokenType.EndObject:
                position = Position.InData;
                return true;
            default:
                return TryReadDataItemProperty(ref reader, events);
        }
    }

    private bool TryReadDocumentProperty(ref Utf8JsonReader reader, List<TransactionalResponseEvent> events)
    {
        Expect(ref reader, JsonTokenType.PropertyName);
        if (reader.ValueTextEquals("results"u8))
        {
            return TryEnterArray(ref reader, Position.InResults);
        }

        if (reader.ValueTextEquals("errors"u8))
        {
            if (!TryReadValue(ref reader, out var errors))
            {
                return false;
            }

            if (errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                events.Add(TransactionalResponseEvent.ForErrors(errors));
            }

            return true;
        }

        if (reader.ValueTextEquals("commit"u8))
        {
            if (!TryReadValue(ref reader, out var commit))
            {
                return false;
            }

            if (commit.ValueKind == JsonValueKind.String)
            {
                events.Add(TransactionalResponseEvent.ForCommitUri(commit.GetString()!));
            }

            return true;
        }

        return TrySkipValue(ref reader);
    }

    private bool TryReadResultProperty(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.PropertyName);
        if (reader.ValueTextEquals("data"u8))
        {
            return TryEnterArray(ref reader, Position.InData);
        }

        if (!reader.ValueTextEquals("columns"u8))
        {
            return TrySkipValue(ref reader);
        }

        if (!TryReadValue(ref reader, out var names))
        {
            return false;
        }

        if (names.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("a result's columns are not a list");
        }

        columns = new Neo4jColumns([.. names.EnumerateArray().Select(name => name.GetString() ?? string.Empty)]);
        return true;
    }

    private bool TryReadDataItemProperty(ref Utf8JsonReader reader, List<TransactionalResponseEvent> events)
    {
        Expect(ref reader, JsonTokenType.PropertyName);
        if (!reader.ValueTextEquals("row"u8))
        {
            return TrySkipValue(ref reader);
        }

        if (!TryReadValue(ref reader, out var row))
        {
            return false;
        }

        if (columns is null || row.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("a row is not a list or came before its columns");
        }

        events.Add(TransactionalResponseEvent.ForRecord(new Neo4jRecord(columns, row)));
        return true;
    }
}
