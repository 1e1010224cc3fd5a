using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary><c>JSON</c>: any JSON value, held as a <see cref="JsonElement"/> (whole import documents travel this way).</summary>
internal static class JsonScalar
{
    public static SchemaBuilder AddJsonScalar(this SchemaBuilder schema) =>
        schema.AddScalar("JSON", static value => value, Parse);

    private static object? Parse(object value) => value switch
    {
        JsonElement json => json.Clone(),
        _ => JsonSerializer.SerializeToElement(value),
    };
}
