namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for the rules on fields and arguments.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> FieldAndArgumentCases()
    {
        string[] documents =
        [
            // Fields on the right type, with suggestions
            "fragment F on Dog { meowVolume unknown_pet_field { ... on Cat { meowVolume } } __typename }",
            "fragment F on Dog { tname name nickName barkvolume }",
            "fragment F on Pet { meowVolume barkVolume nickname mother __typename }",
            "fragment F on CatOrDog { name nickname __typename ... on Dog { name } }",
            "fragment F on Canine { barks furColor }",
            "fragment F on Mammal { name mother { name } }",
            "{ __typename __schema { types { name } } __type(name: \"Dog\") { name } dog { __schema { types { name } } __type(name: \"Dog\") { name } } }",
            "{ dog { ... on Dog { meows } ... on Pet { barks } ... on CatOrDog { meows } } }",
            "{ human { pets { meows barks nickname } } }",

            // Leaf selections
            "{ dog { barks { sinceWhen } name { x y } } }",
            "{ human pet catOrDog dog { mother } }",
            "{ human { relatives } complicatedArgs { intArgField(intArg: 1) { x } } }",
            "{ dog { doesKnowCommand(dogCommand: SIT) { x } } __typename { x } }",

            // Argument names
            "{ dog { doesKnowCommand(dogCommand: SIT, unknown: true) isHouseTrained(atOtherHomes: true, atOtherHome: false) } }",
            "{ dog { name @include(if: true, unless: false) nickname @skip(iff: true) barks @onField(arg: 1) } }",
            "{ complicatedArgs { multipleReqs(req1: 1, req2: 2, reqs3: 3, REQ1: 4) multipleOpts(opt: 1) } }",
            "{ dog { name(surname: true, unknown: 1) } cat { name(nicknames: true) } }",
            "{ unknownField(arg: 1) dog { unknownField(arg: 1 @include(if: true)) } }",
            "{ dog { name @unknown(arg: 1) @include(if: true, arg: 2) } }",
            "{ complicatedArgs { intArgField(intarg: 1) stringArgField(StringArg: \"\") } }",

            // Unique arguments
            "{ dog { name(surname: true, surname: false, surname: true) } }",
            "{ complicatedArgs { multipleReqs(req1: 1, req2: 2, req1: 3, req2: 4) } }",
            "{ dog { name @include(if: true, if: false) @skip(if: false, if: true) } }",
            "{ dog { name(surname: true) @include(if: true) nickname(surname: true, surname: true) } }",

            // Required arguments
            "{ complicatedArgs { multipleReqs multipleReqs(req1: 1) multipleReqs(req2: 2) nonNullFieldWithDefault multipleOpts } }",
            "{ complicatedArgs { multipleOptAndReq(opt1: 1) nonNullIntArgField(nonNullIntArg: null) multipleReqs(req1: 1, req2: null) } }",
            "{ dog { name @include @skip } cat { name @skip(unless: true) } }",
            "{ dog @include(if: false) { name @include } complicatedArgs { multipleReqs(req1: \"x\") } }",
            "{ dog { name @onField } unknown { multipleReqs } complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { multipleReqs(req2: 1) }",
        ];
        return documents.Select((source, i) => Case($"harness/fields/{i}", "harness", source));
    }
}
