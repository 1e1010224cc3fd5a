namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private const string ListSdl = """
        type Query {
          ints: [Int]
          nonNullInts: [Int!]
          intsNonNull: [Int]!
          nested: [[Int!]]
          deep: [[[String]]]
          single: Int
          objects: [Item!]!
        }

        type Item { id: ID! tags: [String!] }
        """;

    private static IEnumerable<ExecutionCase> ListCases()
    {
        yield return new("lists of lists", ListSdl, "{ nested deep }", """{"nested":[[1,2],[],null,[3]],"deep":[[["a"],[]],[[null]]]}""");
        yield return new("a non-list value for a list field", ListSdl, "{ ints nonNullInts intsNonNull }",
            """{"ints":1,"nonNullInts":"abc","intsNonNull":{"a":1}}""");
        yield return new("a list value for a leaf field", ListSdl, "{ single }", """{"single":[1,2]}""");
        yield return new("null items in nested non-null lists", ListSdl, "{ nested }", """{"nested":[[1,null,3],[4]]}""");
        yield return new("null for a non-null list", ListSdl, "{ intsNonNull ints }", """{"ints":[1]}""");
        yield return new("error paths carry list indices", ListSdl, "{ objects { id tags } }",
            """{"objects":[{"id":"1","tags":["a"]},{"id":null},{"id":"3","tags":["x",null]}]}""");
        yield return new("long lists", ListSdl, "{ ints }", "{\"ints\":[" + string.Join(',', Enumerable.Range(0, 200)) + "]}");
    }
}
