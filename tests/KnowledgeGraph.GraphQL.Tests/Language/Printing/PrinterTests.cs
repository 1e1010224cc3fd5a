using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Printing;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @live { a }", "query @live {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("\"described\" query { a }", "\"described\"\nquery {\n  a\n}")]
    public void Prints_the_shorthand_form_only_for_bare_anonymous_queries(string source, string expected)
    {
        Assert.Equal(expected, Print(source));
    }

    [Fact]
    public void Prints_selections_fragments_and_values_in_canonical_form()
    {
        var printed = Print(
            "query Q($v:[Int!]!=[1,2]@d){a:f(x:$v,y:{z:[ENUM,null,true,1.5,\"s\"]})@skip(if:false){...F ... on T{b} ...@include(if:true){c}}}"
            + " fragment F on T@d{d}");

        Assert.Equal(
            """
            query Q($v: [Int!]! = [1, 2] @d) {
              a: f(x: $v, y: {z: [ENUM, null, true, 1.5, "s"]}) @skip(if: false) {
                ...F
                ... on T {
                  b
                }
                ... @include(if: true) {
                  c
                }
              }
            }

            fragment F on T @d {
              d
            }
            """,
            printed);
    }

    [Fact]
    public void Wraps_field_arguments_one_per_line_past_eighty_characters()
    {
        var printed = Print("{ someField(firstArgument: \"aaaaaaaaaaaaaa\", secondArgument: \"bbbbbbbbbbbbbbb\", third: 123) { x } }");

        Assert.Equal(
            "{\n  someField(\n    firstArgument: \"aaaaaaaaaaaaaa\"\n    secondArgument: \"bbbbbbbbbbbbbbb\"\n    third: 123\n  ) {\n    x\n  }\n}",
            printed);
    }

    [Fact]
    public void Puts_argument_definitions_on_their_own_lines_when_one_has_a_description()
    {
        var printed = Print("type Query { actors(\"Filter by name\" name: String, first: Int = 10): [Actor!]! @cost(weight: 2) }");

        Assert.Equal(
            "type Query {\n  actors(\n    \"Filter by name\"\n    name: String\n    first: Int = 10\n  ): [Actor!]! @cost(weight: 2)\n}",
            printed);
    }

    [Fact]
    public void Puts_variable_definitions_on_unindented_lines_when_one_has_a_description()
    {
        Assert.Equal(
            "query Q(\n\"first\"\n$a: Int\n$b: String = \"x\"\n) {\n  a\n}",
            Print("query Q(\"first\" $a: Int, $b: String = \"x\") { a }"));
    }

    [Fact]
    public void Indents_block_strings_with_the_selection_they_are_in()
    {
        var printed = Print("{ actors { ties { article(text: \"\"\"\n    line one\n      line two\n  \"\"\") } } }");

        Assert.Equal(
            "{\n  actors {\n    ties {\n      article(text: \"\"\"\n      line one\n        line two\n      \"\"\")\n    }\n  }\n}",
            printed);
    }

    [Fact]
    public void Prints_descriptions_on_the_line_before_what_they_describe()
    {
        var printed = Print("\"\"\"\nMulti-line\ndescription\n\"\"\"\ntype A { \"field doc\" f: Int }");

        Assert.Equal("\"\"\"\nMulti-line\ndescription\n\"\"\"\ntype A {\n  \"field doc\"\n  f: Int\n}", printed);
    }

    [Fact]
    public void Prints_type_system_definitions_and_extensions()
    {
        var printed = Print(
            "schema{query:Q} scalar S@d type A implements B&C{f(a:Int=1):[S]} union U=|A|B enum E{X Y} input I{a:Int=2}"
            + " directive@d(a:Int)repeatable on FIELD|OBJECT extend type A@d extend union U=C extend schema@d");

        Assert.Equal(
            """
            schema {
              query: Q
            }

            scalar S @d

            type A implements B & C {
              f(a: Int = 1): [S]
            }

            union U = A | B

            enum E {
              X
              Y
            }

            input I {
              a: Int = 2
            }

            directive @d(a: Int) repeatable on FIELD | OBJECT

            extend type A @d

            extend union U = C

            extend schema @d
            """,
            printed);
    }

    [Fact]
    public void Prints_nodes_built_in_code_without_locations()
    {
        var field = new FieldNode
        {
            Name = new NameNode { Value = "actor" },
            Arguments = [new ArgumentNode { Name = new NameNode { Value = "id" }, Value = new StringValueNode { Value = "a\"1" } }],
            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode { Value = "name" } }] },
        };

        Assert.Equal("actor(id: \"a\\\"1\") {\n  name\n}", Printer.Print(field));
        Assert.Equal("[Int!]", Printer.Print(new ListTypeNode { Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } } }));
    }

    [Fact]
    public void Reads_back_its_own_output_unchanged()
    {
        var once = Print(
            "\"\"\"  indented first\n second\"\"\" type A { f(\"\"\"arg\n doc\"\"\" a: String = \"\"\"x\"\"\"): Int } { a(b: \"\"\"ends with \\\"\"\"\"\"\") }");

        Assert.Equal(once, Print(once));
    }

    [Fact]
    public void Fails_catchably_on_trees_too_deep_for_the_stack()
    {
        ITypeNode type = new NamedTypeNode { Name = new NameNode { Value = "Int" } };
        for (var i = 0; i < 200_000; i++)
        {
            type = new ListTypeNode { Type = type };
        }

        Assert.Throws<InsufficientExecutionStackException>(() => Printer.Print(type));
    }

    private static string Print(string source) => Printer.Print(Parser.Parse(source));
}
