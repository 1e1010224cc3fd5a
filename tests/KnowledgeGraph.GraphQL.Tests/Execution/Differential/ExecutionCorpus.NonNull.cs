namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private const string NonNullSdl = """
        type Query {
          nullable: Data
          nonNull: Data!
          list: [Data]
          nonNullList: [Data!]
          listOfNonNull: [Data!]!
        }

        type Data {
          sync: String
          syncNonNull: String!
          nest: Data
          nonNullNest: Data!
          int: Int!
        }
        """;

    private static IEnumerable<ExecutionCase> NonNullCases()
    {
        yield return new("null in a nullable field", NonNullSdl, "{ nullable { sync } }", """{"nullable":{"sync":null}}""");
        yield return new("null in a non-null field nulls the parent", NonNullSdl, "{ nullable { sync syncNonNull } }",
            """{"nullable":{"sync":"a","syncNonNull":null}}""");
        yield return new("null propagates through non-null ancestors to the nearest nullable", NonNullSdl,
            "{ nullable { nest { nonNullNest { nonNullNest { syncNonNull } } } sync } }",
            """{"nullable":{"sync":"s","nest":{"nonNullNest":{"nonNullNest":{"syncNonNull":null}}}}}""");
        yield return new("null propagates to the root", NonNullSdl, "{ nullable { sync } nonNull { syncNonNull } }",
            """{"nullable":{"sync":"s"},"nonNull":{"syncNonNull":null}}""");
        yield return new("non-null root field missing", NonNullSdl, "{ nonNull { sync } }", "{}");
        yield return new("null item in a list of non-null nulls the list", NonNullSdl, "{ nonNullList { sync } }",
            """{"nonNullList":[{"sync":"a"},null,{"sync":"c"}]}""");
        yield return new("null item in a non-null list of non-null nulls the root", NonNullSdl, "{ listOfNonNull { sync } }",
            """{"listOfNonNull":[{"sync":"a"},null]}""");
        yield return new("errors in several items of a nullable list", NonNullSdl, "{ list { int sync } }",
            """{"list":[{"int":1},{"int":"x"},{"int":null},null,{"int":2.5}]}""");
        yield return new("serialization error in a non-null field", NonNullSdl, "{ nullable { int sync } }",
            """{"nullable":{"int":"seven","sync":"s"}}""");
        yield return new("errors in sibling subtrees keep document order", NonNullSdl,
            "{ a: nullable { syncNonNull } b: nullable { int } c: list { syncNonNull } }",
            """{"nullable":{"syncNonNull":null,"int":null},"list":[{"syncNonNull":null},{"syncNonNull":"ok"}]}""");
        yield return new("merged field nodes give every location", NonNullSdl,
            "{ nullable { syncNonNull } nullable { syncNonNull } ...F } fragment F on Query { nullable { syncNonNull } }",
            """{"nullable":{"syncNonNull":null}}""");
    }
}
