namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>Hand-written type system documents: definitions, descriptions and extensions.</summary>
public static partial class ParserCorpus
{
    private static IEnumerable<ParseCase> TypeSystem() =>
    [
        new("schema definition", "\"The schema\" schema @d(a: 1) { query: Q mutation: M subscription: S }"),
        new("scalar definition", "\"\"\"A date\"\"\" scalar Date @specifiedBy(url: \"https://example.com\")"),
        new("object type", "type Actor implements Node & Named @key(fields: \"id\") { id: ID! name(lang: String = \"en\"): String @deprecated(reason: \"no\") ties: [Tie!]! }"),
        new("object type with leading ampersand", "type A implements & B & C { a: Int }"),
        new("object type without fields", "type Empty\ntype Other @d"),
        new("interface implementing interfaces", "interface Named implements Node & Entity @d { name: String }"),
        new("union", "union U @d = | A | B | C"),
        new("union without members", "union U @d"),
        new("union without directives", "union U = A"),
        new("enum", "enum Color @d { \"red\" RED @deprecated GREEN \"\"\"blue\"\"\" BLUE }"),
        new("input object", "input Filter @d { \"name\" name: String = \"x\" @d, ids: [ID!] = [\"1\", \"2\"] nested: Filter = {name: \"y\", ids: []} }"),
        new("directive definition", "\"Skips\" directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT"),
        new("repeatable directive with leading pipe", "directive @tag(name: String!) repeatable on | OBJECT | INTERFACE"),
        new("directive on every location",
            "directive @all on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT "
            + "| VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM "
            + "| ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION"),
        new("described arguments print one per line", "type Q { f(\"the a\" a: Int, b: Int): Int }"),
        new("described directive arguments print one per line", "directive @d(\"\"\"the a\"\"\" a: Int, b: Int = 2 @x) on FIELD"),
        new("long field definition stays on one line",
            "type Q { someVeryLongFieldName(firstArgument: String, secondArgument: String, thirdArgument: String): String }"),
        new("extend schema", "extend schema @d { query: Q }\nextend schema @e\nextend schema { mutation: M }"),
        new("extend scalar", "extend scalar Date @d"),
        new("extend type", "extend type A implements B @d { f: Int }\nextend type A @d\nextend type A implements C\nextend type A { g: Int }"),
        new("extend interface", "extend interface I implements J @d { f: Int }\nextend interface I @d"),
        new("extend union", "extend union U @d = A | B\nextend union U = C\nextend union U @e"),
        new("extend enum", "extend enum E @d { A B }\nextend enum E { C }\nextend enum E @e"),
        new("extend input", "extend input I @d { a: Int }\nextend input I { b: Int }\nextend input I @e"),
        new("block description with indentation", "\"\"\"\n    First line\n      indented\n    last\n\"\"\"\ntype A { a: Int }"),
        new("block description with trailing quote", "\"\"\"ends with a quote\"\n\"\"\"\ntype A { a: Int }"),
        new("block description with escaped triple quotes", "\"\"\"has \\\"\"\" inside\"\"\"\ntype A { a: Int }"),
        new("block description ending in escaped triple quotes", "\"\"\"ends with \\\"\"\"\"\"\"\ntype A { a: Int }"),
        new("long block description", "\"\"\"" + new string('x', 71) + "\"\"\"\ntype A { a: Int }"),
        new("block description of seventy characters", "\"\"\"" + new string('y', 70) + "\"\"\"\ntype A { a: Int }"),
        new("block description with leading space", "\"\"\"   leading space\"\"\"\ntype A { a: Int }"),
        new("block description with backslash at end", "\"\"\"back\\\\\"\"\"\ntype A { a: Int }"),
        new("empty block description", "\"\"\"\"\"\"\ntype A { a: Int }"),
        new("blank block description", "\"\"\"\n   \n  \n\"\"\"\ntype A { a: Int }"),
        new("block string with indented first line", "\"\"\"  first\n  second\n    third\"\"\" scalar S"),
        new("block string with tabs", "\"\"\"\n\tone\n\t\ttwo\n\"\"\" scalar S"),
        new("block string with mixed line endings", "\"\"\"a\r\nb\rc\nd\"\"\" scalar S"),
        new("nested block strings in fields",
            "type A {\n  \"\"\"\n  Field doc\n    indented more\n  \"\"\"\n  f(\n    \"\"\"arg doc\"\"\"\n    a: Int\n  ): Int\n}"),
        new("enum values described", "enum E {\n  \"\"\"\n  multi\n  line\n  \"\"\"\n  A\n  \"single\" B\n}"),
        new("mixed document", "schema { query: Q } type Q { a: Int } query { a } extend type Q { b: Int } fragment F on Q { a }"),
    ];
}
