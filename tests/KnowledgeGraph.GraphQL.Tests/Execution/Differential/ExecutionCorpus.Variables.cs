namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private const string InputSdl = """
        input Point { x: Int! y: Int = 0 label: String }
        input Shape { name: String! points: [Point!] nested: Shape kind: Kind = SQUARE }
        input Pick @oneOf { id: ID name: String }
        enum Kind { SQUARE CIRCLE TRIANGLE }
        type Query {
          echoInt(value: Int): String
          echoRequired(value: Int!): String
          echoFloat(value: Float): String
          echoString(value: String): String
          echoId(value: ID): String
          echoBoolean(value: Boolean): String
          echoList(values: [Int]): String
          echoNonNullList(values: [Int!]!): String
          echoPoint(point: Point): String
          echoShape(shape: Shape): String
          echoKind(kind: Kind = CIRCLE): String
          echoKinds(kinds: [Kind!]): String
          echoPick(pick: Pick): String
          echoDefaults(a: Int = 5, b: [String] = ["x"], c: Point = {x: 1}, d: Kind = TRIANGLE, e: String): String
        }
        """;

    private static IEnumerable<ExecutionCase> VariableCases()
    {
        yield return new("variables of every scalar", InputSdl,
            "query ($i: Int, $f: Float, $s: String, $id: ID, $b: Boolean) { echoInt(value: $i) echoFloat(value: $f) echoString(value: $s) echoId(value: $id) echoBoolean(value: $b) }",
            VariablesJson: """{"i":3,"f":2,"s":"text","id":42,"b":false}""");
        yield return new("required variable not provided", InputSdl, "query ($v: Int!) { echoRequired(value: $v) }", VariablesJson: "{}");
        yield return new("required variable given null", InputSdl, "query ($v: Int!) { echoRequired(value: $v) }", VariablesJson: """{"v":null}""");
        yield return new("variables with invalid scalar values", InputSdl,
            "query ($i: Int, $f: Float, $s: String, $id: ID, $b: Boolean) { echoInt(value: $i) }",
            VariablesJson: """{"i":1.5,"f":"x","s":5,"id":1.5,"b":"true"}""");
        yield return new("int variable out of range", InputSdl, "query ($i: Int) { echoInt(value: $i) }", VariablesJson: """{"i":3000000000}""");
        yield return new("input object variable with defaults", InputSdl,
            "query ($p: Point, $s: Shape) { echoPoint(point: $p) echoShape(shape: $s) }",
            VariablesJson: """{"p":{"x":1},"s":{"name":"sq","points":[{"x":1,"y":2},{"x":3}],"nested":{"name":"inner"}}}""");
        yield return new("input object variable problems", InputSdl,
            "query ($s: Shape) { echoShape(shape: $s) }",
            VariablesJson: """{"s":{"nam":"typo","points":[{"y":1},{"x":"1"}],"nested":5,"kind":"SQARE"}}""");
        yield return new("list variables accept single values", InputSdl,
            "query ($l: [Int], $k: [Kind!], $n: [Int!]!) { echoList(values: $l) echoKinds(kinds: $k) echoNonNullList(values: $n) }",
            VariablesJson: """{"l":7,"k":"CIRCLE","n":[1,2]}""");
        yield return new("list variable with a null item for non-null items", InputSdl,
            "query ($n: [Int!]!) { echoNonNullList(values: $n) }", VariablesJson: """{"n":[1,null,"3"]}""");
        yield return new("enum variables", InputSdl, "query ($k: Kind) { echoKind(kind: $k) }", VariablesJson: """{"k":"TRIANGLE"}""");
        yield return new("enum variable not a name", InputSdl, "query ($k: Kind, $j: Kind) { echoKind(kind: $k) }", VariablesJson: """{"k":"circle","j":1}""");
        yield return new("variable defaults used when absent", InputSdl,
            "query ($i: Int = 9, $p: Point = {x: 2, label: \"d\"}, $k: Kind = SQUARE) { echoInt(value: $i) echoPoint(point: $p) echoKind(kind: $k) }",
            VariablesJson: "{}");
        yield return new("explicit null variable overrides the default", InputSdl,
            "query ($i: Int = 9) { echoInt(value: $i) echoKind(kind: null) }", VariablesJson: """{"i":null}""");
        yield return new("one-of variables", InputSdl,
            "query ($a: Pick, $b: Pick, $c: Pick, $d: Pick) { a: echoPick(pick: $a) }",
            VariablesJson: """{"a":{"id":"1"},"b":{"id":"1","name":"n"},"c":{},"d":{"name":null}}""");
        yield return new("variable of an unknown type", InputSdl, "query ($v: Mystery) { echoInt(value: 1) }", VariablesJson: """{"v":1}""");
        yield return new("variable of an output type", InputSdl, "query ($v: Query) { echoInt(value: 1) }", VariablesJson: """{"v":1}""");
    }
}
