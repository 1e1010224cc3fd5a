namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for the rules on variables and directives, and validation options.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> VariableAndDirectiveCases()
    {
        string[] documents =
        [
            // Unique variables, input types
            "query A($x: Int, $x: Int, $x: String) { dog { name } }\nquery B($y: Int, $x: Int, $y: Int, $x: Int) { dog { name } }",
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet, $d: String, $e: [ComplexInput], $f: DogCommand!) { dog { name } }",

            // Defined and used variables
            "query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }",
            "query Foo($a: String, $b: String) { ...FragA }\nfragment FragA on QueryRoot { dog { name(surname: $a) ...FragB } }\n"
                + "fragment FragB on Dog { mother { name(surname: $c) ...FragC } }\nfragment FragC on Dog { father { name(surname: $b) } }",
            "query Foo { dog { name(surname: $a) isAtLocation(x: $x, y: $y) } }\nquery Bar($x: Int) { dog { isAtLocation(x: $x, y: $y) } }",
            "query Foo($b: String) { ...FragA }\nquery Bar($a: String) { ...FragB }\nfragment FragA on QueryRoot { dog { name(surname: $a) } }\n"
                + "fragment FragB on QueryRoot { dog { name(surname: $b) } }",
            "query Foo($a: String, $b: String, $c: String) { dog { name(surname: $a) } }\n{ dog { name(surname: $d) } }",
            "query ($a: Boolean, $b: Boolean) { dog { ...F } cat { name } }\nfragment F on Dog { name @include(if: $a) mother { ...G } }\n"
                + "fragment G on Dog { name @skip(if: $c) father { ...F } }",
            "query Foo($a: String = $b, $b: String) { dog { name(surname: $a) } }",
            "query Foo($a: Boolean) @skip(if: $a) { dog @include(if: $b) { name } }",

            // Variables in allowed positions
            "query Query($intArg: Int, $nonNullIntArg: Int!, $booleanArg: Boolean, $stringListVar: [String], $stringVar: String) { complicatedArgs {\n"
                + "  a: nonNullIntArgField(nonNullIntArg: $intArg)\n  b: nonNullIntArgField(nonNullIntArg: $nonNullIntArg)\n"
                + "  c: stringListNonNullArgField(stringListNonNullArg: $stringListVar)\n  d: stringListArgField(stringListArg: $stringVar)\n"
                + "  e: booleanArgField(booleanArg: $intArg)\n  f: intArgField(intArg: $nonNullIntArg)\n} }",
            "query Query($intVar: Int = 1, $nullVar: Int = null, $boolVar: Boolean) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) "
                + "a: nonNullIntArgField(nonNullIntArg: $nullVar) nonNullFieldWithDefault(arg: $nullVar) } dog @include(if: $boolVar) { name } }",
            "query Query($stringVar: String, $boolVar: Boolean!) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar, "
                + "nonNullField: $boolVar, stringListField: [$stringVar], intField: $stringVar }) } }",
            "query Query($stringVar: String, $nonNullStringVar: String!, $intVar: Int) { complicatedArgs {\n"
                + "  a: oneOfArgField(oneOfArg: { stringField: $stringVar })\n  b: oneOfArgField(oneOfArg: { stringField: $nonNullStringVar })\n"
                + "  c: oneOfArgField(oneOfArg: { intField: $intVar })\n} }",
            "query Query($oneOf: OneOfInput, $input: ComplexInput) { complicatedArgs { oneOfArgField(oneOfArg: $oneOf) complexArgField(complexArg: $input) } }",
            "query Query($cmd: DogCommand, $color: FurColor!) { dog { doesKnowCommand(dogCommand: $color) } a: dog { doesKnowCommand(dogCommand: $cmd) } }",
            "query A($x: String) { ...F }\nquery B($x: Int) { ...F }\nfragment F on QueryRoot { complicatedArgs { intArgField(intArg: $x) } }",
            "query ($list: [[Int]], $items: [Int!]) { complicatedArgs { stringListArgField(stringListArg: $list) s: stringListNonNullArgField(stringListNonNullArg: $items) } }",

            // Known and unique directives
            "query Foo @include(if: true) @onField { dog @onField @skip(if: true) { name @include(if: true) @deprecated } }",
            "mutation M @skip(if: true) { dog { ... @include(if: true) { name } ...F @onField } }\nfragment F on Dog @include(if: true) { name }",
            "query ($v: Int @onField @skip(if: true)) { dog { name @onField @onField @skip(if: true) @skip(if: false) @include(if: true) @include(if: true) } }",
            "{ dog @unknownA { name @unknownA @unknownA } }\nfragment F on Dog @onField @onField { ... @skip(if: true) @skip(if: true) { name } }",
            "subscription S @onField { dog { name } }\nquery Q @deprecated(reason: \"x\") @specifiedBy(url: \"u\") @oneOf { dog { name } }",
            "{ dog { name } }\ntype T @onField { f(a: Int @onField): String @onField } input I @skip(if: true) { a: Int @deprecated @deprecated }",
            "{ dog { name } }\nextend input I { a: Int @deprecated } directive @d(a: Int @deprecated) on FIELD\nenum E { A @onField } scalar S @specifiedBy(url: \"x\") @specifiedBy(url: \"y\")",
            "{ dog { name } }\nschema @onField { query: QueryRoot }\nextend schema @onField\nextend type Dog @onField\ntype Dog @onField { f: Int }",

            // Descriptions on executable definitions must not affect validation.
            "\"An operation.\" query Q(\"A variable.\" $a: Int = 1, \"Unused.\" $b: String) { dog { isAtLocation(x: $a) ...F } }\n"
                + "\"\"\"A fragment.\"\"\" fragment F on Dog { name }",

            // Introspection depth
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "{ __schema { types { fields { type { interfaces { name } possibleTypes { inputFields { name } } } } } } }",
            "{ __type(name: \"Dog\") { fields { type { fields { name } } } possibleTypes { possibleTypes { possibleTypes { name } } } } }",
            "{ __schema { types { ...F } } }\nfragment F on __Type { fields { type { ...F } } }",
            "{ __schema { types { ...A } } __type(name: \"x\") { ...A } }\nfragment A on __Type { fields { type { ...B } } }\n"
                + "fragment B on __Type { fields { type { name } } interfaces { ...A } }",
            "{ dog { __type(name: \"Dog\") { fields { type { fields { type { fields { name } } } } } } } }",
        ];
        foreach (var (source, i) in documents.Select((source, i) => (source, i)))
        {
            yield return Case($"harness/variables/{i}", "harness", source);
        }

        // Options: an error limit, and suggestions hidden.
        const string ManyErrors = "{ a b c d e f g dog { h i j k } cat { l m n } }";
        yield return new ValidationCase("harness/options/max-errors-3", "harness", ManyErrors, MaxErrors: 3);
        yield return new ValidationCase("harness/options/max-errors-0", "harness", ManyErrors, MaxErrors: 0);
        yield return new ValidationCase("harness/options/max-errors-14", "harness", ManyErrors, MaxErrors: 14);
        yield return new ValidationCase("harness/options/max-errors-15", "harness", ManyErrors, MaxErrors: 15);
        yield return new ValidationCase(
            "harness/options/hide-suggestions",
            "harness",
            "query ($a: Strin) { dog { nam barkvolume doesKnowCommand(dogComand: SITT) @skip(iff: true) } complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) } }\n"
                + "fragment F on CatOrDog { name }",
            HideSuggestions: true);
        yield return new ValidationCase(
            "harness/options/hundred-errors",
            "harness",
            "{ " + string.Join(' ', Enumerable.Range(0, 120).Select(i => "f" + i)) + " }");
    }
}
