using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>
/// Damage to a request's variables, as JSON text: values of the wrong type, nulls, huge lists, deeply
/// nested objects and lists, huge strings and numbers, unknown names.
/// </summary>
internal sealed class VariableMutations(Random random)
{
    /// <summary>
    /// How deep variables a host accepts are nested: System.Text.Json's default reader limit, which
    /// hosts keep (reading a JSON document nested thousands deep takes seconds, before any engine runs).
    /// Some values go a little deeper, for the host to refuse.
    /// </summary>
    public const int MaxJsonDepth = 64;

    private static readonly string[] Names = ["id", "by", "type", "first", "filter", "v1", "v2", "v3", "text", "lookup"];

    public string Mutate(string? variablesJson)
    {
        var variables = variablesJson is null ? [] : JsonNode.Parse(variablesJson)!.AsObject();
        var names = variables.Select(v => v.Key).Concat(Names).ToList();
        var text = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in variables)
        {
            Append(text, ref first, name, value?.ToJsonString() ?? "null");
        }

        for (var count = random.Next(1, 4); count > 0; count--)
        {
            Append(text, ref first, names[random.Next(names.Count)], Value());
        }

        return text.Append('}').ToString();
    }

    private static void Append(StringBuilder text, ref bool first, string name, string value)
    {
        text.Append(first ? string.Empty : ",").Append('"').Append(name).Append("\":").Append(value);
        first = false;
    }

    /// <summary>A hostile value as JSON text; a later duplicate name replaces an earlier one.</summary>
    private string Value() => random.Next(14) switch
    {
        0 or 12 => "null",
        1 => "\"" + new string('x', random.Next(2) == 0 ? 10 : random.Next(10_000, 100_000)) + "\"",
        2 => random.Next(2) == 0 ? "1e308" : "-123456789012345678901234567890",
        3 => "[" + string.Join(",", Enumerable.Repeat(random.Next(2) == 0 ? "1" : "{\"kind\":\"PARTY\"}", random.Next(1_000, 20_000))) + "]",
        4 => Nested("[", "]", random.Next(2, MaxJsonDepth + 8)),
        5 => Nested("{\"id\":", "}", random.Next(2, MaxJsonDepth + 8)),
        6 => "{\"id\":\"actor-1\",\"name\":\"x\"}",
        7 => "{\"kind\":\"PARTY\",\"nameContains\":\"front\",\"unknown\":1}",
        8 or 13 => "true",
        9 => "\"actor-" + random.Next(-5, 200) + "\"",
        10 => "\"\\ud800 lone\"",
        _ => random.Next(-3, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Nested(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
}
