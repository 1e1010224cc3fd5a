using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary><c>DateTime</c>: an instant, always written in UTC with milliseconds.</summary>
internal static class DateTimeScalar
{
    public static SchemaBuilder AddDateTimeScalar(this SchemaBuilder schema) =>
        schema.AddScalar("DateTime", Serialize, Parse);

    private static object? Serialize(object value) => value switch
    {
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"DateTime cannot represent a non-instant value: {value}"),
    };

    private static object? Parse(object value)
    {
        var text = value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ => null,
        };
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        throw new GraphQLError($"DateTime must be an ISO-8601 instant such as \"2024-02-14T09:30:00Z\"; got: {PartialDateScalar.ValueText(value)}");
    }
}
