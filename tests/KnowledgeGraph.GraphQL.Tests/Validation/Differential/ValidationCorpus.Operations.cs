namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>Hand-written documents for the rules on operations, fragments and type names.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> OperationAndFragmentCases()
    {
        string[] documents =
        [
            // Executable definitions
            "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            "schema { query: QueryRoot }\ntype QueryRoot { test: String }\n{ dog { name } }",
            "{ dog { name } }\ndirective @foo on FIELD\nscalar S\nextend schema @onField\nunion U = Dog\n\"described\" enum E { A }",
            "{ dog { name } }\ninterface I { f: [String] }\ninput In { a: Int = 1 }\nextend input In { b: Float }",

            // Operation names and anonymous operations
            "query Foo { dog { name } }\nquery Foo { cat { name } }\nquery Foo { pet { name } }",
            "{ dog { name } }\n{ cat { name } }",
            "{ dog { name } }\nmutation Foo { dog { name } }",
            "{ dog { name } }\nsubscription Foo { dog { name } }\nfragment F on Dog { name }",
            "query Foo { ...F }\nfragment F on QueryRoot { dog { name } }\nfragment Foo on Dog { name }",

            // Fragment names, spreads and use
            "{ dog { ...F } }\nfragment F on Dog { name }\nfragment F on Dog { nickname }\nfragment F on Dog { barks }",
            "{ dog { ...F ...G } ... on QueryRoot { cat { ...H } } }\nfragment F on Dog { name }",
            "{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }\n"
                + "fragment HumanFields1 on Human { name ...HumanFields3 }\nfragment HumanFields2 on Human { name }\n"
                + "fragment HumanFields3 on Human { name ...UnknownFragment3 }",
            "query Foo { human(id: 4) { ...HumanFields1 } }\nquery Bar { human(id: 4) { ...HumanFields2 } }\n"
                + "fragment HumanFields1 on Human { name ...HumanFields3 }\nfragment HumanFields2 on Human { name }\n"
                + "fragment HumanFields3 on Human { name }\nfragment Unused1 on Human { name }\nfragment Unused2 on Human { name }",
            "query Foo { human(id: 4) { ...HumanFields1 } }\n"
                + "fragment HumanFields1 on Human { name ...HumanFields3 }\nfragment HumanFields3 on Human { name }\n"
                + "fragment Unused1 on Human { name ...Unused2 }\nfragment Unused2 on Human { name ...Unused1 }",
            "fragment A on Dog { name }\nfragment B on Dog { ...A }",
            "{ dog { ...A } }\nfragment A on Dog { ...A }",
            "{ dog { ...A } }\nfragment A on Dog { ... on Dog { ...A } }",
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }",
            "{ dog { ...A } }\nfragment A on Dog { ...B ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...A }",
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...C ...A }\nfragment C on Dog { ...B }",
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...D }\nfragment D on Dog { ...E }\n"
                + "fragment E on Dog { ...A ...F }\nfragment F on Dog { ...G }\nfragment G on Dog { ...C }",
            "{ dog { ...A } }\nfragment A on Dog { ...B ...B }\nfragment B on Dog { name }",
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...A ...C }\nfragment C on Dog { ...D }\nfragment D on Dog { ...B ...X }",
            "{ dog { ...A } }\nfragment A on Dog { mother { ...A } father { ...B } }\nfragment B on Dog { mother { ...A } }",
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { ...A }",

            // Fragments on composite types and possible spreads
            "{ dog { ...F } }\nfragment F on FurColor { name }",
            "{ dog { ... on String { name } ...G } }\nfragment G on ComplexInput { name }",
            "{ dog { ...invalidObjectWithinObject ...invalidInterfaceWithinObject ...invalidUnionWithinObject } }\n"
                + "fragment invalidObjectWithinObject on Cat { meows }\nfragment invalidInterfaceWithinObject on Human { pets { name } }\n"
                + "fragment invalidUnionWithinObject on CatOrDog { ... on Cat { meows } }",
            "{ catOrDog { ... on Human { name } ...HumanFragment } pet { ... on Human { name } ...HumanFragment } }\nfragment HumanFragment on Human { name }",
            "{ pet { ... on Mammal { mother { name } } ... on Canine { name } ... on CatOrDog { ... on Pet { name } } } }",
            "{ human { pets { ... on Human { name } } relatives { ... on Pet { name } } } }",
            "{ dog { ... on Mammal { ... on Canine { ... on Dog { name } } } } }",
            "{ catOrDog { ...F } }\nfragment F on Human { name }\nfragment G on Unknown { name }\n{ dog { ... on Unknown { name } } }",

            // Type names
            "query Foo($var: String, $required: [Int!]!, $u: Unknown, $l: [Strings]!) { user(id: 4) { name pets { ... on Badger { name } ...PetFields } } }\n"
                + "fragment PetFields on Peat { name }",
            "query ($a: [[Strin!]!], $b: Floot, $c: dOG, $d: __Type, $e: __typ) { dog { name } }",
            "{ dog { name } }\ntype T implements Unknown { f: Strin, g: Float, h: __Schema }\nextend type Dog implements Pett { x: Int }\nunion U = Dog | Kat",
            "query ($a: Float) { dog { name } }",
        ];
        return documents.Select((source, i) => Case($"harness/definitions/{i}", "harness", source));
    }
}
