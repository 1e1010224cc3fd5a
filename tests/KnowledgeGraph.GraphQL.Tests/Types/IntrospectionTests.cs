using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Types;

/// <summary>Introspection answers, checked against graphql-js 16.15's answers for the same schema and query.</summary>
public sealed class IntrospectionTests
{
    private const string Sdl = """
        "Things in the graph"
        schema { query: Query }
        type Query {
          "Find one"
          thing(id: ID!, kind: Kind = BIG @deprecated(reason: "Ignored"), filter: Filter): Thing
          list: [Thing!]! @deprecated
        }
        type Thing { id: ID! kind: Kind }
        enum Kind { BIG SMALL @deprecated(reason: "Too small") }
        input Filter @oneOf { id: ID kinds: [Kind!] }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """;

    [Fact]
    public async Task Describes_the_schema_as_graphql_js_does()
    {
        var json = await RunAsync(Schema(Sdl), """
            {
              __schema { description queryType { name } types { name kind } }
              thing: __type(name: "Query") {
                fields(includeDeprecated: true) {
                  name description isDeprecated deprecationReason
                  args(includeDeprecated: true) { name defaultValue isDeprecated type { kind name ofType { name } } }
                  type { kind name ofType { kind name ofType { kind name } } }
                }
              }
              kind: __type(name: "Kind") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              filter: __type(name: "Filter") { isOneOf inputFields { name defaultValue } }
              url: __type(name: "Url") { kind specifiedByURL }
            }
            """);

        Assert.Equal(
            Json("""
                {"data":{"__schema":{"description":"Things in the graph","queryType":{"name":"Query"},"types":[
                {"name":"Query","kind":"OBJECT"},{"name":"ID","kind":"SCALAR"},{"name":"Thing","kind":"OBJECT"},{"name":"Kind","kind":"ENUM"},
                {"name":"Filter","kind":"INPUT_OBJECT"},{"name":"Url","kind":"SCALAR"},{"name":"Boolean","kind":"SCALAR"},{"name":"String","kind":"SCALAR"},
                {"name":"__Schema","kind":"OBJECT"},{"name":"__Type","kind":"OBJECT"},{"name":"__TypeKind","kind":"ENUM"},{"name":"__Field","kind":"OBJECT"},
                {"name":"__InputValue","kind":"OBJECT"},{"name":"__EnumValue","kind":"OBJECT"},{"name":"__Directive","kind":"OBJECT"},{"name":"__DirectiveLocation","kind":"ENUM"}]},
                "thing":{"fields":[
                {"name":"thing","description":"Find one","isDeprecated":false,"deprecationReason":null,"args":[
                  {"name":"id","defaultValue":null,"isDeprecated":false,"type":{"kind":"NON_NULL","name":null,"ofType":{"name":"ID"}}},
                  {"name":"kind","defaultValue":"BIG","isDeprecated":true,"type":{"kind":"ENUM","name":"Kind","ofType":null}},
                  {"name":"filter","defaultValue":null,"isDeprecated":false,"type":{"kind":"INPUT_OBJECT","name":"Filter","ofType":null}}],
                  "type":{"kind":"OBJECT","name":"Thing","ofType":null}},
                {"name":"list","description":null,"isDeprecated":true,"deprecationReason":"No longer supported","args":[],
                  "type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null}}}}]},
                "kind":{"enumValues":[{"name":"BIG"}],"all":[{"name":"BIG","isDeprecated":false,"deprecationReason":null},{"name":"SMALL","isDeprecated":true,"deprecationReason":"Too small"}]},
                "filter":{"isOneOf":true,"inputFields":[{"name":"id","defaultValue":null},{"name":"kinds","defaultValue":null}]},
                "url":{"kind":"SCALAR","specifiedByURL":"https://url.spec.whatwg.org/"}}}
                """),
            json);
    }

    [Fact]
    public void Introspection_types_are_known_by_name()
    {
        Assert.Equal(
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"],
            Introspection.Types.Select(t => t.Name));
        Assert.All(Introspection.Types, t => Assert.True(Introspection.IsIntrospectionType(t)));
        Assert.False(Introspection.IsIntrospectionType(SpecifiedScalars.String));
    }

    [Fact]
    public async Task Meta_fields_are_not_available_outside_the_query_root()
    {
        var json = await RunAsync(Schema(Sdl), "{ list { __typename __schema { description } } }", Root("""{"list":[{}]}"""));

        Assert.Equal(Json("""{"data":{"list":[{"__typename":"Thing"}]}}"""), json);
    }
}
