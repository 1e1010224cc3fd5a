namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

public static partial class SchemaCorpus
{
    private static IEnumerable<SchemaCase> InvalidCases()
    {
        yield return new("unknown types with suggestions", "type Query { a: Strin b: Thing c(x: Inpt): Int } input Input { x: Int } type Thing2 { a: Int }");
        yield return new("duplicate type names", "type Query { a: Int } type A { a: Int } scalar A enum A { X }");
        yield return new("duplicate field and argument names", "type Query { a: Int a: String b(x: Int, x: Int): Int } extend type Query { b: Int }");
        yield return new("duplicate enum values", "type Query { a: E } enum E { X Y X } extend enum E { Y }");
        yield return new("two schema definitions", "schema { query: Query } schema { query: Query } type Query { a: Int }");
        yield return new("duplicate operation types", "schema { query: Query query: Query } extend schema { query: Query } type Query { a: Int }");
        yield return new("unknown and misplaced directives", "type Query @deprecated { a: Int @unknown b: Int @specifiedBy(url: \"x\") }");
        yield return new("repeated non-repeatable directive", "directive @tag repeatable on FIELD_DEFINITION directive @once on FIELD_DEFINITION | OBJECT type Query @once { a: Int @tag @tag @once @once } extend type Query @once");
        yield return new("directive arguments", "directive @d(req: Int!, opt: String) on FIELD_DEFINITION type Query { a: Int @d b: Int @d(req: 1, opts: \"x\") c: Int @d(req: 1, req: 2) d: Int @deprecated(reasn: \"x\") }");
        yield return new("extending undefined types and wrong kinds", "type Query { a: Int } extend type Missing { a: Int } extend type Querz { b: Int } extend interface Query { c: Int } enum E { A } extend input E { x: Int }");
        yield return new("duplicate directive definitions", "directive @d on FIELD directive @d on FIELD type Query { a: Int }");
        yield return new("no query type", "type Mutation { a: Int }");
        yield return new("root types of the wrong kind", "schema { query: I mutation: E } interface I { a: Int } enum E { A }");
        yield return new("types without members", "type Query { a: Empty e: E u: U i: In } type Empty enum E union U input In");
        yield return new("names reserved for introspection", "type Query { __a: Int __B: __Thing } type __Thing { x: Int } directive @__d(__x: Int) on FIELD");
        yield return new("interface implementation mismatches", """
            type Query { a: Obj }
            interface I { f(x: Int, y: String): String! g: Int h: [Int] }
            type Obj implements I { f(x: String, z: Int!): String h: Int }
            """);
        yield return new("interfaces implementing interfaces", """
            type Query { a: C }
            interface A { a: Int }
            interface B implements A { a: Int b: Int }
            type C implements B { a: Int b: Int }
            interface Self implements Self { x: Int }
            interface Loop1 implements Loop2 { x: Int }
            interface Loop2 implements Loop1 { x: Int }
            type D implements A & A { a: Int }
            """);
        yield return new("implementing and including the wrong kinds", "type Query { a: T u: U } scalar S type T implements S { a: Int } union U = T | S | T");
        yield return new("input and output types misused", "type Query { a: In b(x: Query): Int } input In { o: Query i: In2 } input In2 { x: Int }");
        yield return new("non-null input cycles", "type Query { a(x: A): Int } input A { b: B! c: A } input B { a: A! self: B }");
        yield return new("one-of input rules", "type Query { a(x: P): Int } input P @oneOf { a: Int! b: String = \"x\" c: Int }");
        yield return new("required arguments and fields cannot be deprecated", "type Query { a(x: Int! @deprecated): Int } input I { y: Int! @deprecated(reason: \"r\") } directive @d(z: Int! @deprecated) on FIELD");
        yield return new("syntax error", "type Query { a: Int");
    }
}
