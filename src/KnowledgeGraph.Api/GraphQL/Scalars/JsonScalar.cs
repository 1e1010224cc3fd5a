using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary><c>JSON</c>: any JSON value, held as a <see cref="JsonElement"/> (whole import documents travel this way).</summary>
internal static class JsonScalar
{
    public static SchemaBuilder AddJsonScalar(this SchemaBuilder schema) =>
        schema.AddScalar("JSON", static value => value, Parse);

    private static object? Parse(object value)
    {
        if (value is JsonElement json)
        {
            return json.Clone();
        }

        try
        {
            return JsonSerializer.SerializeToElement(value);
        }
        catch (ArgumentException)
        {
            // A literal such as 1.5e400 reads as an infinite double, which JSON has no way to write. Not a GraphQLError:
            // the validator then quotes the literal and its place in the document before this message.
            throw new FormatException("JSON numbers must be finite; a number in this value is beyond the range of a double (about 1.8e308).");
        }
    }
}
