using System.Collections;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class DefaultFieldResolverTests
{
    private const string Sdl = """
        type Query { item: Item items: [Item] }
        type Item { name: String flag: Boolean count: Int ratio: Float tags: [String] missing: String shared: String }
        """;

    public sealed class PocoItem
    {
        public string Name { get; init; } = "poco";

        public bool Flag { get; init; } = true;

        public int? Count { get; init; } = 3;

        public double Ratio = 0.25;

        public IEnumerable<string> Tags { get; init; } = ["a", "b"];

        public string Shared => "property";

        internal string Missing => "not public";
    }

    public readonly record struct StructItem(string NAME, bool flag);

    private static Task<string> Query(object? item, string selection = "name flag count ratio tags missing") =>
        RunAsync(Schema(Sdl, b => b.AddResolver("Query.item", _ => item)), $"{{ item {{ {selection} }} }}");

    [Fact]
    public async Task Reads_public_properties_and_fields_of_objects()
    {
        Assert.Equal(
            Json("""{"data":{"item":{"name":"poco","flag":true,"count":3,"ratio":0.25,"tags":["a","b"],"missing":null}}}"""),
            await Query(new PocoItem()));
    }

    [Fact]
    public async Task Matches_member_names_ignoring_case_when_no_exact_match_exists()
    {
        Assert.Equal(Json("""{"data":{"item":{"name":"boxed","flag":false}}}"""), await Query(new StructItem("boxed", false), "name flag"));
    }

    [Fact]
    public async Task Reads_entries_of_dictionaries_exactly_then_ignoring_case()
    {
        var generic = new Dictionary<string, object?> { ["NAME"] = "loose", ["name"] = "exact", ["Flag"] = true };
        var typed = new Dictionary<string, int> { ["COUNT"] = 9 };
        var legacy = new Hashtable { ["Ratio"] = 1.5 };

        Assert.Equal(Json("""{"data":{"item":{"name":"exact","flag":true}}}"""), await Query(generic, "name flag"));
        Assert.Equal(Json("""{"data":{"item":{"count":9,"name":null}}}"""), await Query(typed, "count name"));
        Assert.Equal(Json("""{"data":{"item":{"ratio":1.5}}}"""), await Query(legacy, "ratio"));
    }

    [Fact]
    public async Task Reads_properties_of_json_objects_and_unwraps_their_primitives()
    {
        Assert.Equal(
            Json("""{"data":{"item":{"name":"json","flag":false,"count":null,"tags":["x",null]}}}"""),
            await Query(Root("""{"Name":"json","flag":false,"count":null,"tags":["x",null]}"""), "name flag count tags"));
    }

    [Fact]
    public async Task Reads_each_value_with_the_accessor_of_its_own_type_in_mixed_lists()
    {
        var schema = Schema(Sdl, b => b.AddResolver("Query.items", _ => new object?[]
        {
            new PocoItem(),
            new StructItem("struct", true),
            new Dictionary<string, object?> { ["name"] = "dictionary" },
            Root("""{"name":"json"}"""),
            new PocoItem { Name = "again" },
            null,
        }));

        var json = await RunAsync(schema, "{ items { name } }");

        Assert.Equal(Json("""{"data":{"items":[{"name":"poco"},{"name":"struct"},{"name":"dictionary"},{"name":"json"},{"name":"again"},null]}}"""), json);
    }

    [Fact]
    public async Task Values_without_such_a_member_read_as_null()
    {
        Assert.Equal(Json("""{"data":{"item":{"name":null,"shared":null}}}"""), await Query("just a string", "name shared"));
    }
}
