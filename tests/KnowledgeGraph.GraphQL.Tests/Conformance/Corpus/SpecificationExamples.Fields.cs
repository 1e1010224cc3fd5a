namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.3 Fields.
    private static IEnumerable<ConformanceCase> Fields() =>
    [
        .. Example("5.3.1 invalid", "fieldNotDefined", "fragment fieldNotDefined on Dog {\n  meowVolume\n}"),
        .. Example("5.3.1 invalid", "aliasedLyingFieldTargetNotDefined", "fragment aliasedLyingFieldTargetNotDefined on Dog {\n  barkVolume: kawVolume\n}"),
        .. Example("5.3.1 valid", "interfaceFieldSelection", "fragment interfaceFieldSelection on Pet {\n  name\n}"),
        .. Example("5.3.1 invalid", "definedOnImplementersButNotInterface", "fragment definedOnImplementersButNotInterface on Pet {\n  nickname\n}"),
        .. Example("5.3.1 valid", "inDirectFieldSelectionOnUnion", """
            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """),
        .. Example("5.3.1 invalid", "directFieldSelectionOnUnion", "fragment directFieldSelectionOnUnion on CatOrDog {\n  directField\n}"),
        .. Example("5.3.1 invalid", "definedOnImplementersQueriedOnUnion", "fragment definedOnImplementersQueriedOnUnion on CatOrDog {\n  name\n}"),
        .. Example("5.3.1 invalid", "a misspelt root field", "{ dgo { name } }"),
        .. Example("5.3.2 valid", "mergeIdenticalFields", "fragment mergeIdenticalFields on Dog {\n  name\n  name\n}"),
        .. Example("5.3.2 valid", "mergeIdenticalAliasesAndFields", "fragment mergeIdenticalAliasesAndFields on Dog {\n  otherName: name\n  otherName: name\n}"),
        .. Example("5.3.2 invalid", "conflictingBecauseAlias", "fragment conflictingBecauseAlias on Dog {\n  name: nickname\n  name\n}"),
        .. Example("5.3.2 valid", "mergeIdenticalFieldsWithIdenticalArgs", """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """),
        .. Example("5.3.2 valid", "mergeIdenticalFieldsWithIdenticalValues", """
            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """, """{"dogCommand": "HEEL"}"""),
        .. Example("5.3.2 invalid", "conflictingArgsOnValues", """
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """),
        .. Example("5.3.2 invalid", "conflictingArgsValueAndVar", """
            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """),
        .. Example("5.3.2 invalid", "conflictingArgsWithVars", """
            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }
            """),
        .. Example("5.3.2 invalid", "differingArgs", """
            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """),
        .. Example("5.3.2 valid", "safeDifferingFields", """
            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }
            """),
        .. Example("5.3.2 valid", "safeDifferingArgs", """
            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """),
        .. Example("5.3.2 invalid", "conflictingDifferingResponses", """
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """),
        .. Example("5.3.2 invalid", "conflicting subfields of merged fields", """
            {
              dog {
                owner {
                  name
                }
              }
              dog {
                owner {
                  name: pets {
                    name
                  }
                }
              }
            }
            """),
        .. Example("5.3.2 invalid", "conflict through a fragment spread twice", """
            {
              dog {
                ...named
                name: nickname
              }
            }

            fragment named on Dog {
              name
            }
            """),
        .. Example("5.3.3 valid", "scalarSelection", "fragment scalarSelection on Dog {\n  barkVolume\n}"),
        .. Example("5.3.3 invalid", "scalarSelectionsNotAllowedOnInt", "fragment scalarSelectionsNotAllowedOnInt on Dog {\n  barkVolume {\n    sinceWhen\n  }\n}"),
        .. Example("5.3.3 invalid", "directQueryOnObjectWithoutSubFields", "query directQueryOnObjectWithoutSubFields {\n  human\n}"),
        .. Example("5.3.3 invalid", "directQueryOnInterfaceWithoutSubFields", "query directQueryOnInterfaceWithoutSubFields {\n  pet\n}"),
        .. Example("5.3.3 invalid", "directQueryOnUnionWithoutSubFields", "query directQueryOnUnionWithoutSubFields {\n  catOrDog\n}"),
        .. Example("5.3.3 invalid", "an empty-looking enum selection", "{ dog { doesKnowCommand(dogCommand: SIT) { yes } } }"),
    ];
}
