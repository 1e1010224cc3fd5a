using KnowledgeGraph.GraphQL.Tests.Execution.Differential;

namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary>SDL documents compared with graphql-js's buildSchema, validateSchema and printSchema.</summary>
public static partial class SchemaCorpus
{
    private static readonly Lazy<IReadOnlyList<SchemaCase>> Cases = new(() => [.. PrintedCases(), .. InvalidCases()]);

    public static IReadOnlyList<SchemaCase> All => Cases.Value;

    public static SchemaCase Named(string name) => All.Single(c => c.Name == name);

    private static IEnumerable<SchemaCase> PrintedCases()
    {
        yield return new("rich schema", ExecutionCorpus.RichSdl);
        yield return new("types in reference order", """
            type Query { b: B a: A list: [C!]! }
            type A { x: Int }
            type B { y: D }
            type C { z: String }
            type D { w: Boolean }
            scalar Unused
            """);
        yield return new("extensions merged into their types", """
            type Query { a: Int }
            extend type Query { b: String }
            interface I { x: Int }
            extend interface I { y: Int }
            type T implements I { x: Int y: Int }
            extend type T { z: Int }
            union U = T
            extend union U = Extra
            type Extra { e: Int }
            enum E { A }
            extend enum E { B }
            input In { a: Int }
            extend input In { b: Int = 3 }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com")
            """);
        yield return new("schema definition with uncommon root names", """
            schema { query: Q mutation: M subscription: S }
            type Q { a: Int }
            type M { b: Int }
            type S { c: Int }
            """);
        yield return new("descriptions of every shape", """""
            """
            Block with "quotes" and \ backslash
              and indentation
            """
            type Query {
              "single line"
              a(
                "argument description"
                x: Int
                y: String = "default"
              ): Int
              """
              multi
              line
              """
              b: String
              "ends with a quote\""
              c: Int
              "   leading spaces"
              d: Int
              "trailing backslash \\"
              e: Int
              "unicode: café ☕"
              f: Int
              """"triple quotes \""" inside"""
              g: Int
            }
            """"");
        yield return new("default values of every kind", """
            enum Color { RED GREEN }
            input Point { x: Float = 1.0 y: Float = 2.5 tags: [String] = "one" }
            type Query {
              f(
                i: Int = -3,
                f: Float = 1e3,
                s: String = "line\nbreak \u00e9",
                b: Boolean = false,
                n: Int = null,
                id: ID = 42,
                sid: ID = "abc",
                c: Color = GREEN,
                l: [Int] = [1, 2],
                single: [Int] = 7,
                p: Point = {x: 3, tags: ["a", "b"]},
                deep: [[Point!]] = [[{y: 1}]],
                ): Int
            }
            """);
        yield return new("deprecations with and without reasons", """
            type Query {
              a: Int @deprecated
              b: Int @deprecated(reason: "No longer supported")
              c(x: Int @deprecated(reason: "")): Int @deprecated(reason: "Use \"d\".")
            }
            """);
        yield return new("redefined specified directive and scalar", """
            directive @deprecated(reason: String = "Gone") on FIELD_DEFINITION | ENUM_VALUE
            scalar String
            type Query { a: String @deprecated }
            """);
        yield return new("query root named Query but with a schema description", """
            "described"
            schema { query: Query }
            type Query { a: Int }
            """);
    }
}
