using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary><c>PartialDate</c>: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, its precision taken from its shape.</summary>
internal static class PartialDateScalar
{
    private const string Expected = "PartialDate must be an ISO-8601 date such as \"2023-11-20\", \"2023-11\" or \"2023\"";

    // The write rules' code for a bad date, so a client handles 2023-02-30 the same whether the engine or a rule
    // refuses it; a variable's error keeps it too, as the engine carries an original error's extensions over.
    private static readonly IReadOnlyDictionary<string, object?> InvalidDate = new Dictionary<string, object?> { ["code"] = ViolationCodes.InvalidDate };

    public static SchemaBuilder AddPartialDateScalar(this SchemaBuilder schema) =>
        schema.AddScalar("PartialDate", Serialize, Parse, ParseLiteral);

    private static object? Serialize(object value) => value switch
    {
        PartialDate date => date.ToIsoString(),
        DateOnly day => PartialDate.OfDay(day.Year, day.Month, day.Day).ToIsoString(),
        _ => throw new GraphQLError($"PartialDate cannot represent a non-date value: {value}"),
    };

    private static object? Parse(object value)
    {
        var text = value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ => null,
        };
        if (text is not null && PartialDate.TryParseIso(text, out var date))
        {
            return date;
        }

        throw new GraphQLError($"{Expected}; got: {ValueText(value)}", null, extensions: InvalidDate);
    }

    // The literal's own node goes into the error, so the client is pointed at the bad date in its document.
    private static object? ParseLiteral(IValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode literal && PartialDate.TryParseIso(literal.Value, out var date)
            ? date
            : throw new GraphQLError($"{Expected}; got: {Printer.Print(node)}", [node], extensions: InvalidDate);

    internal static string ValueText(object value) => value is JsonElement json ? json.GetRawText() : value is string s ? $"\"{s}\"" : value.ToString() ?? "";
}
