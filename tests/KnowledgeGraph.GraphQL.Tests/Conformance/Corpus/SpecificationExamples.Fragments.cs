namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.5 Fragments.
    private static IEnumerable<ConformanceCase> Fragments() =>
    [
        .. Example("5.5.1.1 valid", "fragments with unique names", """
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """),
        .. Example("5.5.1.1 invalid", "two fragments named fragmentOne", """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """),
        .. Example("5.5.1.2 valid", "correctType", "fragment correctType on Dog {\n  name\n}"),
        .. Example("5.5.1.2 valid", "inlineFragment", "fragment inlineFragment on Dog {\n  ... on Dog {\n    name\n  }\n}"),
        .. Example("5.5.1.2 valid", "inlineFragment2", "fragment inlineFragment2 on Dog {\n  ... @include(if: true) {\n    name\n  }\n}"),
        .. Example("5.5.1.2 invalid", "notOnExistingType", "fragment notOnExistingType on NotInSchema {\n  name\n}"),
        .. Example("5.5.1.2 invalid", "inlineNotExistingType", "fragment inlineNotExistingType on Dog {\n  ... on NotInSchema {\n    name\n  }\n}"),
        .. Example("5.5.1.3 valid", "fragOnObject", "fragment fragOnObject on Dog {\n  name\n}"),
        .. Example("5.5.1.3 valid", "fragOnInterface", "fragment fragOnInterface on Pet {\n  name\n}"),
        .. Example("5.5.1.3 valid", "fragOnUnion", "fragment fragOnUnion on CatOrDog {\n  ... on Dog {\n    name\n  }\n}"),
        .. Example("5.5.1.3 invalid", "fragOnScalar", "fragment fragOnScalar on Int {\n  something\n}"),
        .. Example("5.5.1.3 invalid", "inlineFragOnScalar", "fragment inlineFragOnScalar on Dog {\n  ... on Boolean {\n    somethingElse\n  }\n}"),
        .. Example("5.5.1.3 invalid", "a fragment on an input type", "fragment onInput on FindDogInput { name }\n{ dog { ...onInput } }"),
        .. Example("5.5.1.4 invalid", "nameFragment unused", """
            fragment nameFragment on Dog { # unused
              name
            }

            {
              dog {
                name
              }
            }
            """),
        .. Example("5.5.2.1 invalid", "undefinedFragment", "{\n  dog {\n    ...undefinedFragment\n  }\n}"),
        .. Example("5.5.2.2 invalid", "nameFragment and barkVolumeFragment in a cycle", """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """),
        .. Example("5.5.2.2 invalid", "dogFragment and ownerFragment in a cycle", """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """),
        .. Example("5.5.2.2 invalid", "a fragment spreading itself", "{ dog { ...selfish } }\nfragment selfish on Dog { name ...selfish }"),
        .. Example("5.5.2.2 invalid", "a three-fragment cycle", "{ dog { ...a } }\nfragment a on Dog { ...b }\nfragment b on Dog { ...c }\nfragment c on Dog { name ...a }"),
        .. Example("5.5.2.3.1 valid", "dogFragment", "fragment dogFragment on Dog {\n  ... on Dog {\n    barkVolume\n  }\n}"),
        .. Example("5.5.2.3.1 invalid", "catInDogFragmentInvalid", "fragment catInDogFragmentInvalid on Dog {\n  ... on Cat {\n    meowVolume\n  }\n}"),
        .. Example("5.5.2.3.2 valid", "interfaceWithinObjectFragment", """
            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }
            """),
        .. Example("5.5.2.3.2 valid", "unionWithObjectFragment", """
            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """),
        .. Example("5.5.2.3.3 valid", "petFragment", "fragment petFragment on Pet {\n  name\n  ... on Dog {\n    barkVolume\n  }\n}"),
        .. Example("5.5.2.3.3 valid", "catOrDogFragment", "fragment catOrDogFragment on CatOrDog {\n  ... on Cat {\n    meowVolume\n  }\n}"),
        .. Example("5.5.2.3.3 invalid", "sentientFragment", "fragment sentientFragment on Sentient {\n  ... on Dog {\n    barkVolume\n  }\n}"),
        .. Example("5.5.2.3.3 invalid", "humanOrAlienFragment", "fragment humanOrAlienFragment on HumanOrAlien {\n  ... on Cat {\n    meowVolume\n  }\n}"),
        .. Example("5.5.2.3.4 valid", "unionWithInterface", """
            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """),
        .. Example("5.5.2.3.4 invalid", "nonIntersectingInterfaces", """
            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """),
        .. Example("5.5.2.3.5 valid", "interfaceWithinInterface", """
            fragment interfaceWithinInterface on Node {
              ...resourceFragment
            }

            fragment resourceFragment on Resource {
              url
            }
            """),
        .. Example("5.5.2.3 invalid", "a spread of an object fragment into an unrelated object", "{ human { ...catFields } }\nfragment catFields on Cat { meowVolume }"),
    ];
}
