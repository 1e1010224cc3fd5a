namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private const string AbstractSdl = """
        interface Named { name: String }
        interface Node implements Named { id: ID! name: String }
        type Person implements Node & Named { id: ID! name: String age: Int friends: [Named] }
        type Group implements Node & Named { id: ID! name: String members: [Person!] }
        type Tag { label: String }
        union Anything = Person | Group | Tag
        scalar Json
        type Query {
          node: Node
          named: [Named]
          anything: [Anything]
          one: Anything
          json: Json
        }
        """;

    private static IEnumerable<ExecutionCase> AbstractCases()
    {
        yield return new("interface resolved by typename", AbstractSdl,
            "{ node { __typename id name ... on Person { age } ... on Group { members { name } } } }",
            """{"node":{"__typename":"Group","id":"g","name":"G","members":[{"__typename":"Person","id":"p","name":"P"}]}}""");
        yield return new("union members with fragments on interfaces", AbstractSdl,
            "{ anything { __typename ... on Named { name } ... on Tag { label } ...P } } fragment P on Person { age friends { name __typename } }",
            """{"anything":[{"__typename":"Person","name":"a","age":3,"friends":[{"__typename":"Group","name":"g"}]},{"__typename":"Tag","label":"t"},{"__typename":"Group","name":"b"}]}""");
        yield return new("abstract value without typename", AbstractSdl, "{ one { __typename } node { id } }",
            """{"one":{"label":"x"},"node":{"id":"n"}}""");
        yield return new("typename of a type outside the union", AbstractSdl, "{ one { __typename } }",
            """{"one":{"__typename":"Query"}}""");
        yield return new("typename of an unknown type", AbstractSdl, "{ one { __typename } }",
            """{"one":{"__typename":"Robot"}}""");
        yield return new("typename of a non-object type", AbstractSdl, "{ one { __typename } named { name } }",
            """{"one":{"__typename":"Named"},"named":[{"__typename":"Json"}]}""");
        yield return new("typename that is not a string", AbstractSdl, "{ one { __typename } }", """{"one":{"__typename":7}}""");
        yield return new("fragments on abstract types nested and repeated", AbstractSdl,
            "query ($withAge: Boolean!) { anything { ...N ...N ... on Node { ... on Person { age @include(if: $withAge) k: __typename } id } ...on Group @skip(if: $withAge) { members { id } } } } fragment N on Named { name }",
            """{"anything":[{"__typename":"Person","id":"1","name":"p","age":40},{"__typename":"Group","id":"2","name":"g","members":[{"__typename":"Person","id":"1"}]},{"__typename":"Tag","label":"t"}]}""",
            """{"withAge":true}""");
        yield return new("merged selections of the same field", AbstractSdl,
            "{ node { id } node { name ... on Person { friends { name } } } node { ... on Person { friends { __typename } age } } }",
            """{"node":{"__typename":"Person","id":"1","name":"p","age":3,"friends":[{"__typename":"Person","name":"f"}]}}""");
        yield return new("custom scalar passes values through", AbstractSdl, "{ json }",
            """{"json":{"a":[1,"two",{"three":3.5}],"b":null}}""");
    }
}
