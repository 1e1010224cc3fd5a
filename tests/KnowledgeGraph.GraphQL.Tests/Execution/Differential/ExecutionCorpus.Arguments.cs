namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private static IEnumerable<ExecutionCase> ArgumentCases()
    {
        yield return new("literal arguments of every kind", InputSdl,
            """{ echoInt(value: -3) echoFloat(value: 4) echoString(value: "s\"q") echoId(value: 12) echoBoolean(value: true) echoList(values: 5) echoKinds(kinds: [SQUARE, CIRCLE]) }""");
        yield return new("argument defaults", InputSdl, "{ echoDefaults echoKind }");
        yield return new("input object literals with nested defaults", InputSdl,
            """{ echoShape(shape: {name: "s", points: [{x: 1}, {x: 2, y: 3, label: null}], nested: {name: "n", kind: TRIANGLE}}) }""");
        yield return new("missing required argument", InputSdl, "{ echoRequired }");
        yield return new("null for a non-null argument", InputSdl, "{ echoRequired(value: null) }");
        yield return new("invalid literal arguments", InputSdl,
            """{ a: echoInt(value: "x") b: echoKind(kind: "CIRCLE") c: echoPoint(point: {y: 1}) d: echoInt(value: 1.5) e: echoInt(value: 99999999999) }""");
        yield return new("argument from an absent variable uses the default", InputSdl,
            "query ($k: Kind, $v: Int) { echoKind(kind: $k) echoRequired(value: $v) }", VariablesJson: "{}");
        yield return new("absent variables inside lists and objects", InputSdl,
            "query ($a: Int, $b: String) { echoList(values: [1, $a, 3]) echoPoint(point: {x: 1, label: $b}) }", VariablesJson: "{}");
        yield return new("one-of literals", InputSdl,
            """{ a: echoPick(pick: {id: "1"}) b: echoPick(pick: {id: "1", name: "x"}) c: echoPick(pick: {name: null}) }""");
    }
}
