namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    private const string HouseTrainedFragment = "fragment isHouseTrainedFragment on Dog {\n  isHouseTrained(atOtherHomes: $atOtherHomes)\n}";

    // 5.8 Variables, with values sent so the valid ones are executed.
    private static IEnumerable<ConformanceCase> Variables() =>
    [
        .. Example("5.8.1 invalid", "houseTrainedQuery with $atOtherHomes twice", """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """),
        .. Example("5.8.1 valid", "two operations declaring the same variable", """
            query A($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            query B($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            fragment HouseTrainedFragment on Query {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """),
        .. Example("5.8.2 valid", "takesBoolean", "query takesBoolean($atOtherHomes: Boolean) {\n  dog {\n    isHouseTrained(atOtherHomes: $atOtherHomes)\n  }\n}", """{"atOtherHomes": false}"""),
        .. Example("5.8.2 valid", "takesComplexInput", "query takesComplexInput($complexInput: ComplexInput) {\n  findDogByComplex(complex: $complexInput) {\n    name\n  }\n}", """{"complexInput": {"name": "Fido"}}"""),
        .. Example("5.8.2 valid", "TakesListOfBooleanBang", "query TakesListOfBooleanBang($booleans: [Boolean!]) {\n  booleanList(booleanListArg: $booleans)\n}", """{"booleans": [true, false]}"""),
        .. Example("5.8.2 invalid", "takesCat", "query takesCat($cat: Cat) {\n  dog { name }\n}"),
        .. Example("5.8.2 invalid", "takesDogBang", "query takesDogBang($dog: Dog!) {\n  dog { name }\n}"),
        .. Example("5.8.2 invalid", "takesListOfPet", "query takesListOfPet($pets: [Pet]) {\n  dog { name }\n}"),
        .. Example("5.8.2 invalid", "takesCatOrDog", "query takesCatOrDog($catOrDog: CatOrDog) {\n  dog { name }\n}"),
        .. Example("5.8.2 invalid", "a variable of an unknown type", "query q($x: Bird) { dog { name } }"),
        .. Example("5.8.3 valid", "variableIsDefined", "query variableIsDefined($atOtherHomes: Boolean) {\n  dog {\n    isHouseTrained(atOtherHomes: $atOtherHomes)\n  }\n}", """{"atOtherHomes": true}"""),
        .. Example("5.8.3 invalid", "variableIsNotDefined", "query variableIsNotDefined {\n  dog {\n    isHouseTrained(atOtherHomes: $atOtherHomes)\n  }\n}"),
        .. Example("5.8.3 valid", "variableIsDefinedUsedInSingleFragment", "query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {\n  dog {\n    ...isHouseTrainedFragment\n  }\n}\n\n" + HouseTrainedFragment),
        .. Example("5.8.3 invalid", "variableIsNotDefinedUsedInSingleFragment", "query variableIsNotDefinedUsedInSingleFragment {\n  dog {\n    ...isHouseTrainedFragment\n  }\n}\n\n" + HouseTrainedFragment),
        .. Example("5.8.3 invalid", "variableIsNotDefinedUsedInNestedFragment", """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            """ + HouseTrainedFragment),
        .. Example("5.8.3 valid", "houseTrainedQueryOne and houseTrainedQueryTwo", """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwo($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            """ + HouseTrainedFragment),
        .. Example("5.8.3 invalid", "houseTrainedQueryTwoNotDefined", """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            """ + HouseTrainedFragment),
        .. Example("5.8.4 invalid", "variableUnused", "query variableUnused($atOtherHomes: Boolean) {\n  dog {\n    isHouseTrained\n  }\n}"),
        .. Example("5.8.4 valid", "variableUsedInFragment", "query variableUsedInFragment($atOtherHomes: Boolean) {\n  dog {\n    ...isHouseTrainedFragment\n  }\n}\n\n" + HouseTrainedFragment, """{"atOtherHomes": true}"""),
        .. Example("5.8.4 invalid", "variableNotUsedWithinFragment", """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """),
        .. Example("5.8.4 invalid", "queryWithExtraVar", """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            """ + HouseTrainedFragment),
        .. Example("5.8.5 invalid", "intCannotGoIntoBoolean", "query intCannotGoIntoBoolean($intArg: Int) {\n  arguments {\n    booleanArgField(booleanArg: $intArg)\n  }\n}"),
        .. Example("5.8.5 invalid", "booleanListCannotGoIntoBoolean", "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {\n  arguments {\n    booleanArgField(booleanArg: $booleanListArg)\n  }\n}"),
        .. Example("5.8.5 invalid", "booleanArgQuery", "query booleanArgQuery($booleanArg: Boolean) {\n  arguments {\n    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)\n  }\n}"),
        .. Example("5.8.5 valid", "nonNullListToList", "query nonNullListToList($nonNullBooleanList: [Boolean]!) {\n  arguments {\n    booleanListArgField(booleanListArg: $nonNullBooleanList)\n  }\n}", """{"nonNullBooleanList": [true, null, false]}"""),
        .. Example("5.8.5 invalid", "listToNonNullList", "query listToNonNullList($booleanList: [Boolean]) {\n  arguments {\n    nonNullBooleanListField(nonNullBooleanListArg: $booleanList)\n  }\n}"),
        .. Example("5.8.5 valid", "booleanArgQueryWithDefault into an optional non-null argument", "query booleanArgQueryWithDefault($booleanArg: Boolean) {\n  arguments {\n    optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)\n  }\n}", "{}"),
        .. Example("5.8.5 valid", "booleanArgQueryWithDefault with a default value", "query booleanArgQueryWithDefault($booleanArg: Boolean = true) {\n  arguments {\n    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)\n  }\n}", "{}"),
        .. Example("5.8.5 execution", "a defaulted variable sent as null into a non-null argument", "query booleanArgQueryWithDefault($booleanArg: Boolean = true) {\n  arguments {\n    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)\n  }\n}", """{"booleanArg": null}"""),
        .. Example("5.8.5 invalid", "a non-null variable into a list of non-null", "query q($b: Boolean!) { booleanList(booleanListArg: [$b, $b]) }"),
        .. Example("5.8.5 valid", "a nullable variable with a default into a non-null list item", "query q($b: Boolean = false) { booleanList(booleanListArg: [$b]) }", """{"b": true}"""),
        .. Example("5.8.5 invalid", "a nullable variable into a non-null list item", "query q($b: Boolean) { booleanList(booleanListArg: [$b]) }", """{"b": true}"""),
        .. Example("6.1 execution", "operationName picks one of two operations", "query A { dog { name } }\nquery B { human { name } }", operationName: "B"),
        .. Example("6.1 execution", "an unknown operationName", "query A { dog { name } }", operationName: "C"),
        .. Example("6.1.2 execution", "variable values coerced: an Int into a Float", "query q($f: Float) { arguments { floatArgField(floatArg: $f) } }", """{"f": 3}"""),
        .. Example("6.1.2 execution", "variable values coerced: a string into an Int", "query q($i: Int) { arguments { intArgField(intArg: $i) } }", """{"i": "3"}"""),
        .. Example("6.1.2 execution", "variable values coerced: a fraction into an Int", "query q($i: Int) { arguments { intArgField(intArg: $i) } }", """{"i": 3.5}"""),
        .. Example("6.1.2 execution", "variable values coerced: an Int too large", "query q($i: Int) { arguments { intArgField(intArg: $i) } }", """{"i": 2147483648}"""),
        .. Example("6.1.2 execution", "variable values coerced: a single value into a list", "query q($l: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $l) } }", """{"l": true}"""),
        .. Example("6.1.2 execution", "variable values coerced: an unknown enum value", "query q($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) } }", """{"c": "SITT"}"""),
        .. Example("6.1.2 execution", "variable values coerced: an input object with an unknown field", "query q($s: FindDogInput) { findDog(searchBy: $s) { name } }", """{"s": {"name": "Rex", "color": "brown"}}"""),
        .. Example("6.1.2 execution", "variable values coerced: a list for an input object", "query q($s: FindDogInput) { findDog(searchBy: $s) { name } }", """{"s": [{"name": "Rex"}]}"""),
        .. Example("6.1.2 execution", "variables that are not an object", "query q($s: FindDogInput) { findDog(searchBy: $s) { name } }", "[1]"),
    ];
}
