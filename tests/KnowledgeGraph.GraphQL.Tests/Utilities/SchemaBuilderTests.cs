using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class SchemaBuilderTests
{
    private const string Sdl = """
        type Query { actor(id: ID!): Actor actors(kind: ActorKind = ARMED_GROUP): [Actor!]! node: Node founded: Date }
        interface Node { id: ID! }
        type Actor implements Node { id: ID! kind: ActorKind! }
        type Place implements Node { id: ID! }
        enum ActorKind { PERSON ARMED_GROUP STATE }
        scalar Date
        """;

    private enum ActorKind
    {
        Person,
        ArmedGroup,
        State,
    }

    private sealed record Actor(string Id, ActorKind Kind);

    private sealed record Place(string Id);

    private static string[] BuildErrors(Action<SchemaBuilder> bind, string sdl = Sdl)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        bind(builder);
        return [.. Assert.Throws<SchemaValidationException>(builder.Build).Errors.Select(e => e.Message)];
    }

    [Fact]
    public void Names_a_resolver_bound_to_a_missing_type_or_field()
    {
        var errors = BuildErrors(b => b
            .AddResolver("Qurey.actor", _ => null)
            .AddResolver("Query.actr", _ => null)
            .AddResolver("Node.id", _ => null)
            .AddResolver("actor", _ => null));

        Assert.Equal(
            [
                "Resolver bound to \"Qurey.actor\", but the schema has no type \"Qurey\". Did you mean \"Query\"?",
                "Resolver bound to \"Query.actr\", but type \"Query\" has no field \"actr\". Did you mean \"actor\" or \"actors\"?",
                "Resolver bound to \"Node.id\", but \"Node\" is not an object type; only object type fields are resolved.",
                "Resolver coordinate \"actor\" must have the form \"Type.field\".",
            ],
            errors);
    }

    [Fact]
    public void Names_other_bindings_that_match_nothing()
    {
        var errors = BuildErrors(b => b
            .AddScalar("DateTime", v => v, v => v)
            .AddScalar("Int", v => v, v => v)
            .AddTypeResolver("Actor", (_, _, _) => null)
            .AddIsTypeOf("Node", (_, _) => true)
            .AddEnumValues("Kind", new Dictionary<string, object?>())
            .AddEnumValues("ActorKind", new Dictionary<string, object?> { ["REBEL"] = 1 }));

        Assert.Equal(
            [
                "Scalar binding \"DateTime\" names no scalar type in the schema.",
                "Scalar binding \"Int\" names a specified scalar, whose coercion cannot be replaced.",
                "Type resolver bound to \"Actor\", but the schema has no interface or union type \"Actor\".",
                "Type check bound to \"Node\", but the schema has no object type \"Node\".",
                "Enum values bound to \"Kind\", but the schema has no enum type \"Kind\".",
                "Enum value \"ActorKind.REBEL\" is bound, but enum \"ActorKind\" has no value \"REBEL\".",
            ],
            errors);
    }

    [Fact]
    public void Names_enum_values_a_bound_csharp_enum_lacks()
    {
        var errors = BuildErrors(b => b.BindEnum<DayOfWeek>("ActorKind"));

        Assert.Equal(
            [
                "Enum value \"ActorKind.PERSON\" has no member in C# enum DayOfWeek.",
                "Enum value \"ActorKind.ARMED_GROUP\" has no member in C# enum DayOfWeek.",
                "Enum value \"ActorKind.STATE\" has no member in C# enum DayOfWeek.",
            ],
            errors);
    }

    [Fact]
    public void Reports_sdl_errors_with_their_locations_in_the_named_source()
    {
        var builder = new SchemaBuilder().AddTypeDefinitions("type Query {\n  a: Strin\n}", "product.graphql");

        var error = Assert.Single(Assert.Throws<SchemaValidationException>(builder.Build).Errors);

        Assert.Equal("Unknown type \"Strin\". Did you mean \"String\"?", error.Message);
        Assert.Equal([new SourceLocation(2, 6)], error.Locations);
        Assert.Equal("product.graphql", error.DocumentSource!.Name);
    }

    [Fact]
    public void Reports_a_syntax_error_as_the_only_error()
    {
        var exception = Assert.Throws<SchemaValidationException>(new SchemaBuilder().AddTypeDefinitions("type Query {").Build);

        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", exception.Message);
    }

    [Fact]
    public void Reads_sdl_files_and_names_them_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        File.WriteAllText(path, "type Query {\n  a: Missing\n}");
        try
        {
            var error = Assert.Single(Assert.Throws<SchemaValidationException>(new SchemaBuilder().AddTypeDefinitionsFromFile(path).Build).Errors);

            Assert.Equal(Path.GetFileName(path), error.DocumentSource!.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Combines_several_sources_into_one_schema()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: A }", "query.graphql")
            .AddTypeDefinitions("type A { b: Int } extend type Query { c: Int }", "types.graphql")
            .Build();

        Assert.Equal(["a", "c"], schema.QueryType!.Fields.Keys);
    }

    [Fact]
    public async Task Maps_enum_values_to_csharp_members_in_arguments_defaults_and_results()
    {
        ActorKind? seen = null;
        var schema = Schema(Sdl, b => b
            .BindEnum<ActorKind>("ActorKind")
            .AddResolver("Query.actors", c =>
            {
                seen = c.GetArgument<ActorKind>("kind");
                return new[] { new Actor("a", seen.Value), new Actor("b", ActorKind.State) };
            }));

        var json = await RunAsync(schema, "{ actors { id kind } }");

        Assert.Equal(ActorKind.ArmedGroup, seen);
        Assert.Equal(Json("""{"data":{"actors":[{"id":"a","kind":"ARMED_GROUP"},{"id":"b","kind":"STATE"}]}}"""), json);
        Assert.Equal(ActorKind.ArmedGroup, ((GraphQLEnumType)schema.GetType("ActorKind")!).GetValue("ARMED_GROUP")!.Value);
        Assert.Contains("actors(kind: ActorKind = ARMED_GROUP)", SchemaPrinter.PrintSchema(schema), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applies_custom_scalar_coercion_to_results_variables_and_literals()
    {
        var schema = Schema(
            "type Query { shift(date: Date!): Date }\nscalar Date",
            b => b
                .AddScalar(
                    "Date",
                    serialize: v => ((DateOnly)v).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    parseValue: v => DateOnly.ParseExact(JsonText(v), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .AddResolver("Query.shift", c => c.GetArgument<DateOnly>("date").AddDays(1)));

        var fromLiteral = await RunAsync(schema, """{ shift(date: "2024-02-28") }""");
        var fromVariable = await RunAsync(schema, "query ($d: Date!) { shift(date: $d) }", variablesJson: """{"d":"2024-02-29"}""");
        var invalid = await RunAsync(schema, "query ($d: Date!) { shift(date: $d) }", variablesJson: """{"d":"tomorrow"}""");

        Assert.Equal(Json("""{"data":{"shift":"2024-02-29"}}"""), fromLiteral);
        Assert.Equal(Json("""{"data":{"shift":"2024-03-01"}}"""), fromVariable);
        Assert.Equal(
            Json("""{"errors":[{"message":"Variable \"$d\" got invalid value \"tomorrow\"; Expected type \"Date\". String 'tomorrow' was not recognized as a valid DateOnly.","locations":[{"line":1,"column":8}]}]}"""),
            invalid);
    }

    [Fact]
    public async Task Resolves_abstract_types_by_bound_clr_types_or_type_resolvers()
    {
        var byClrType = Schema(Sdl, b => b
            .BindClrType<Actor>("Actor")
            .BindClrType<Place>("Place")
            .AddResolver("Query.node", _ => new Place("p")));
        var byResolver = Schema(Sdl, b => b
            .AddTypeResolver("Node", (value, _, _) => value is Actor ? "Actor" : null)
            .AddResolver("Query.node", _ => new Place("p")));

        Assert.Equal(Json("""{"data":{"node":{"__typename":"Place","id":"p"}}}"""), await RunAsync(byClrType, "{ node { __typename id } }"));
        Assert.Equal(
            Json("""{"errors":[{"message":"Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.node\". Either the \"Node\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["node"]}],"data":{"node":null}}"""),
            await RunAsync(byResolver, "{ node { id } }"));
    }

    [Fact]
    public async Task A_bound_clr_type_also_checks_values_of_non_abstract_fields()
    {
        var schema = Schema(Sdl, b => b.BindClrType<Actor>("Actor").AddResolver("Query.actor", _ => new Place("p")));

        Assert.Equal(
            Json("""{"errors":[{"message":"Expected value of type \"Actor\" but got: { Id: \"p\" }.","locations":[{"line":1,"column":3}],"path":["actor"]}],"data":{"actor":null}}"""),
            await RunAsync(schema, """{ actor(id: "p") { id } }"""));
    }

    [Fact]
    public void Requires_type_definitions()
    {
        Assert.Throws<InvalidOperationException>(new SchemaBuilder().Build);
    }

    [Fact]
    public void Keeps_the_resolver_bound_to_a_field()
    {
        FieldResolver resolver = _ => new ValueTask<object?>(1);

        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl).AddResolver("Query.founded", resolver).Build();

        Assert.Same(resolver, schema.QueryType!.GetField("founded")!.Resolve);
        Assert.Null(schema.QueryType.GetField("node")!.Resolve);
    }

    private static string JsonText(object value) => value is System.Text.Json.JsonElement json ? json.GetString()! : (string)value;

    [Fact]
    public void Throws_graphql_errors_from_invalid_directive_arguments_at_build_time()
    {
        var exception = Assert.Throws<SchemaValidationException>(new SchemaBuilder().AddTypeDefinitions("type Query { a: Int @deprecated(reason: 5) }").Build);

        Assert.IsType<GraphQLError>(Assert.Single(exception.Errors));
        Assert.Equal("Argument \"reason\" has invalid value 5.", exception.Message);
    }
}
