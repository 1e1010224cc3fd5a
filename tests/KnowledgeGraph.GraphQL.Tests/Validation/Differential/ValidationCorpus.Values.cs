namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for the rules on literal values.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> ValueCases()
    {
        string[] arguments =
        [
            // Scalars, each given every kind of literal
            "intArgField(intArg: 2) a: intArgField(intArg: -2147483648) b: intArgField(intArg: 2147483648) c: intArgField(intArg: -2147483649)",
            "intArgField(intArg: \"3\") a: intArgField(intArg: 3.0) b: intArgField(intArg: 3.333) c: intArgField(intArg: true) d: intArgField(intArg: FOUR)",
            "intArgField(intArg: [1]) a: intArgField(intArg: { x: 1 }) b: intArgField(intArg: null) c: intArgField(intArg: 829384293849283498239482938)",
            "floatArgField(floatArg: 1) a: floatArgField(floatArg: 1.5e3) b: floatArgField(floatArg: \"1.5\") c: floatArgField(floatArg: true) d: floatArgField(floatArg: NaN)",
            "stringArgField(stringArg: \"s\") a: stringArgField(stringArg: \"\"\"block\"\"\") b: stringArgField(stringArg: 1) c: stringArgField(stringArg: 1.0) d: stringArgField(stringArg: true) e: stringArgField(stringArg: BAR)",
            "booleanArgField(booleanArg: true) a: booleanArgField(booleanArg: 2) b: booleanArgField(booleanArg: 1.0) c: booleanArgField(booleanArg: \"true\") d: booleanArgField(booleanArg: TRUE)",
            "idArgField(idArg: 1) a: idArgField(idArg: \"someIdString\") b: idArgField(idArg: 1.0) c: idArgField(idArg: true) d: idArgField(idArg: SOMETHING)",

            // Enums
            "enumArgField(enumArg: BROWN) a: enumArgField(enumArg: \"BROWN\") b: enumArgField(enumArg: brown) c: enumArgField(enumArg: 2) d: enumArgField(enumArg: BRWN)",
            "enumArgField(enumArg: true) a: enumArgField(enumArg: null) b: enumArgField(enumArg: NO_FURR) c: enumArgField(enumArg: unknown) d: enumArgField(enumArg: [BROWN])",

            // Lists
            "stringListArgField(stringListArg: [\"one\", null, \"two\"]) a: stringListArgField(stringListArg: []) b: stringListArgField(stringListArg: \"one\")",
            "stringListArgField(stringListArg: [\"one\", 2]) a: stringListArgField(stringListArg: 1) b: stringListArgField(stringListArg: [[\"nested\"]])",
            "stringListNonNullArgField(stringListNonNullArg: [\"one\", null]) a: stringListNonNullArgField(stringListNonNullArg: null) b: stringListNonNullArgField(stringListNonNullArg: [null])",

            // Non-null arguments
            "nonNullIntArgField(nonNullIntArg: 2) a: nonNullIntArgField(nonNullIntArg: null) b: nonNullIntArgField(nonNullIntArg: \"two\") c: multipleReqs(req2: \"two\", req1: \"one\")",
            "multipleReqs(req1: \"one\") a: multipleOptAndReq(req1: 3, req2: 4, opt1: \"five\", opt2: null) b: nonNullFieldWithDefault(arg: null)",

            // Input objects
            "complexArgField(complexArg: { requiredField: true }) a: complexArgField(complexArg: { intField: 4 }) b: complexArgField(complexArg: {})",
            "complexArgField(complexArg: { requiredField: true, nonNullField: null, intField: \"x\", stringListField: [\"one\", 2] })",
            "complexArgField(complexArg: { requiredField: true, invalidField: \"value\", unknownField: 1, strngField: \"s\" })",
            "complexArgField(complexArg: { requiredField: null, requiredField: true, intField: 1, intField: 2 })",
            "complexArgField(complexArg: \"not an object\") a: complexArgField(complexArg: [{ requiredField: true }]) b: complexArgField(complexArg: 1)",

            // OneOf input objects
            "oneOfArgField(oneOfArg: { stringField: \"abc\" }) a: oneOfArgField(oneOfArg: { intField: 123 }) b: oneOfArgField(oneOfArg: {})",
            "oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) a: oneOfArgField(oneOfArg: { stringField: null })",
            "oneOfArgField(oneOfArg: { stringField: \"a\", stringField: \"b\" }) a: oneOfArgField(oneOfArg: { intField: 1, intField: null })",
            "oneOfArgField(oneOfArg: { badField: 1 }) a: oneOfArgField(oneOfArg: { stringField: 123 }) b: oneOfArgField(oneOfArg: null)",
        ];
        foreach (var (source, i) in arguments.Select((source, i) => (source, i)))
        {
            yield return Case($"harness/values/{i}", "harness", "{ complicatedArgs { " + source + " } }");
        }

        string[] documents =
        [
            "query ($a: Int = 1, $b: String = \"ok\", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: Int! = 1) { dog { name } }",
            "query ($a: Int = \"one\", $b: String = 4, $c: ComplexInput = \"NotVeryComplex\", $d: [String] = [\"one\", 2]) { dog { name } }",
            "query ($a: ComplexInput = { intField: 3 }, $b: ComplexInput = { requiredField: true, requiredField: false }) { dog { name } }",
            "query ($a: OneOfInput = { stringField: \"x\", intField: 1 }, $b: OneOfInput = {}, $c: Int = $a) { dog { name } }",
            "{ dog { isHouseTrained(atOtherHomes: \"yes\") doesKnowCommand(dogCommand: sit) name(surname: 1) @include(if: \"true\") } }",
            "{ dog @skip(if: 1) @include(if: null) { name } cat @skip(if: [true]) { name } }",
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, f: { g: { h: 1, h: 2 }, g: 3 } }) } }",
            "{ complicatedArgs { unknownArg: intArgField(unknownArg: { a: 1, a: 2 }, intArg: [{ b: 1, b: 2 }]) } }",
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [{ x: 1 }, [\"a\"]] }) } }",
        ];
        foreach (var (source, i) in documents.Select((source, i) => (source, i)))
        {
            yield return Case($"harness/values/doc/{i}", "harness", source);
        }
    }
}
