namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>The examples and counter-examples of the specification's "Validation" section, against its example schema.</summary>
public static partial class ValidationCorpus
{
    private static IEnumerable<ValidationCase> SpecificationExamples()
    {
        string[] examples =
        [
            // 5.1.1 Executable Definitions
            "query getDogName { dog { name color } }\nextend type Dog { color: String }",

            // 5.2.1.1 Operation Name Uniqueness
            "query getDogName { dog { name } }\nquery getOwnerName { dog { owner { name } } }",
            "query getName { dog { name } }\nquery getName { dog { owner { name } } }",
            "query dogOperation { dog { name } }\nmutation dogOperation { mutateDog { id } }",

            // 5.2.2.1 Lone Anonymous Operation
            "{ dog { name } }",
            "{ dog { name } }\nquery getName { dog { owner { name } } }",

            // 5.2.3.1 Single root field
            "subscription sub { newMessage { body sender } }",
            "subscription sub { ...newMessageFields }\nfragment newMessageFields on Subscription { newMessage { body sender } }",
            "subscription sub { newMessage { body sender } disallowedSecondRootField }",
            "subscription sub { ...multipleSubscriptions }\nfragment multipleSubscriptions on Subscription {\n  newMessage { body sender }\n  disallowedSecondRootField\n}",
            "subscription sub { newMessage { body sender } __typename }",

            // 5.3.1 Field Selections
            "fragment fieldNotDefined on Dog { meowVolume }\nfragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }",
            "fragment interfaceFieldSelection on Pet { name }\n{ dog { ...interfaceFieldSelection } }",
            "fragment definedOnImplementersButNotInterface on Pet { nickname }",
            "fragment inDirectFieldSelectionOnUnion on CatOrDog {\n  __typename\n  ... on Pet { name }\n  ... on Dog { barkVolume }\n}",
            "fragment directFieldSelectionOnUnion on CatOrDog { directField }",

            // 5.3.2 Field Selection Merging
            "fragment mergeIdenticalFields on Dog { name name }\nfragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }",
            "fragment conflictingBecauseAlias on Dog { name: nickname name }",
            "query ($dogCommand: DogCommand!) { dog { ...mergeIdenticalFieldsWithIdenticalArgs ...mergeIdenticalFieldsWithIdenticalValues } }\n"
                + "fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }\n"
                + "fragment mergeIdenticalFieldsWithIdenticalValues on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }",
            "fragment conflictingArgsOnValues on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: HEEL)\n}",
            "fragment conflictingArgsValueAndVar on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: $dogCommand)\n}",
            "fragment conflictingArgsWithVars on Dog {\n  doesKnowCommand(dogCommand: $varOne)\n  doesKnowCommand(dogCommand: $varTwo)\n}",
            "fragment differingArgs on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand\n}",
            "fragment safeDifferingFields on Pet {\n  ... on Dog { volume: barkVolume }\n  ... on Cat { volume: meowVolume }\n}\n"
                + "fragment safeDifferingArgs on Pet {\n  ... on Dog { doesKnowCommand(dogCommand: SIT) }\n  ... on Cat { doesKnowCommand(catCommand: JUMP) }\n}",
            "fragment conflictingDifferingResponses on Pet {\n  ... on Dog { someValue: nickname }\n  ... on Cat { someValue: meowVolume }\n}",

            // 5.3.3 Leaf Field Selections
            "fragment scalarSelection on Dog { barkVolume }",
            "fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }",
            "query directQueryOnObjectWithoutSubFields { human }\nquery directQueryOnInterfaceWithoutSubFields { pet }\nquery directQueryOnUnionWithoutSubFields { catOrDog }",

            // 5.4.1 Argument Names
            "fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }\nfragment argOnOptional on Dog { isHouseTrained(atOtherHomes: true) @include(if: true) }",
            "fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }",
            "fragment invalidArgName on Dog { isHouseTrained(atOtherHomes: true) @include(unless: false) }",
            "fragment multipleArgs on Arguments { multipleRequirements(x: 1, y: 2) }\nfragment multipleArgsReverseOrder on Arguments { multipleRequirements(y: 2, x: 1) }",

            // 5.4.2 Argument Uniqueness and 5.4.2.1 Required Arguments
            "fragment duplicateArgs on Arguments { multipleRequirements(x: 1, x: 2, y: 3) }",
            "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }\nfragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) }",
            "fragment goodBooleanArgDefault on Arguments { booleanArgField }",
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField }",
            "fragment missingRequiredArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: null) }",

            // 5.5.1 Fragment Declarations
            "{ dog { ...fragmentOne ...fragmentTwo } }\nfragment fragmentOne on Dog { name }\nfragment fragmentTwo on Dog { owner { name } }",
            "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }",
            "fragment correctType on Dog { name }\nfragment inlineFragment on Dog { ... on Dog { name } }\nfragment inlineFragment2 on Dog { ... @include(if: true) { name } }",
            "fragment notOnExistingType on NotInSchema { name }\nfragment inlineNotExistingType on Dog { ... on NotInSchema { name } }",
            "fragment fragOnObject on Dog { name }\nfragment fragOnInterface on Pet { name }\nfragment fragOnUnion on CatOrDog { ... on Dog { name } }",
            "fragment fragOnScalar on Int { something }\nfragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }",
            "fragment nameFragment on Dog { name }\n{ dog { name } }",

            // 5.5.2 Fragment Spreads
            "{ dog { ...undefinedFragment } }",
            "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
            "{ dog { ...dogFragment } }\nfragment dogFragment on Dog { name owner { ...ownerFragment } }\nfragment ownerFragment on Human { name pets { ...dogFragment } }",
            "fragment dogFragment on Dog { ... on Dog { barkVolume } }",
            "fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }",
            "fragment petNameFragment on Pet { name }\nfragment interfaceWithinObjectFragment on Dog { ...petNameFragment }",
            "fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } }\nfragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }",
            "fragment petFragment on Pet { name ... on Dog { barkVolume } }\nfragment catOrDogFragment on CatOrDog { ... on Cat { meowVolume } }",
            "fragment sentientFragment on Sentient { ... on Dog { barkVolume } }\nfragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }",
            "fragment unionWithInterface on Pet { ...dogOrHumanFragment }\nfragment dogOrHumanFragment on DogOrHuman { ... on Dog { barkVolume } }",
            "fragment nonIntersectingInterfaces on Pet { ...sentientFragment }\nfragment sentientFragment on Sentient { name }",
            "fragment interfaceWithinInterface on Node { ...resourceFragment }\nfragment resourceFragment on Resource { url }",

            // 5.6 Values
            "fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) }\nfragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) }",
            "query goodComplexDefaultValue($search: FindDogInput = { name: \"Fido\" }) { findDog(searchBy: $search) { name } }",
            "fragment stringIntoInt on Arguments { intArgField(intArg: \"123\") }",
            "query badComplexValue { findDog(searchBy: { name: 123 }) { name } }",
            "mutation addPet { addPet(pet: { cat: { name: \"Brontie\" } }) { name } }",
            "mutation addPet($pet: PetInput! = { cat: { name: \"Brontie\" } }) { addPet(pet: $pet) { name } }",
            "mutation addPet($cat: CatInput!) { addPet(pet: { cat: $cat }) { name } }",
            "mutation addPet($cat: CatInput) { addPet(pet: { cat: $cat }) { name } }",
            "mutation addPet { addPet(pet: { cat: { name: \"Brontie\" }, dog: null }) { name } }",
            "mutation addPet { addPet(pet: {}) { name } }",
            "mutation addPet { addPet(pet: { cat: null }) { name } }",
            "mutation addPets { addPets(pets: [{ dog: { name: \"Fido\" } }, { cat: { name: \"Brontie\" }, dog: { name: \"Rex\" } }]) { name } }",
            "{ findDog(searchBy: { name: \"Fido\" }) { name } }",
            "{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }",
            "{ findDog(searchBy: { name: \"Fido\", name: \"Rex\" }) { name } }",

            // 5.7 Directives
            "query @skip(if: $foo) { dog { name } }",
            "query ($foo: Boolean = true, $bar: Boolean = false) { dog @skip(if: $foo) @skip(if: $bar) { name } }",
            "query ($foo: Boolean = true, $bar: Boolean = false) {\n  dog @skip(if: $foo) { name }\n  dog @skip(if: $bar) { nickname }\n}",
            "{ dog @unknownDirective { name } }",

            // 5.8 Variables
            "query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            "query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }\nquery B($atOtherHomes: Boolean) { ...HouseTrainedFragment }\n"
                + "fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            "query takesBoolean($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }\n"
                + "query takesComplexInput($complexInput: ComplexInput) { findDog(complex: $complexInput) { name } }\n"
                + "query TakesListOfBooleanBang($booleans: [Boolean!]) { booleanList(booleanListArg: $booleans) }",
            "query takesCat($cat: Cat) { dog { name } }\nquery takesDogBang($dog: Dog!) { dog { name } }\n"
                + "query takesListOfPet($pets: [Pet]) { dog { name } }\nquery takesCatOrDog($catOrDog: CatOrDog) { dog { name } }",
            "query variableIsDefined($atOtherHomes: Boolean) { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            "query variableIsNotDefined { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            "query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n"
                + "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
            "query variableIsNotDefinedUsedInSingleFragment { dog { ...isHouseTrainedFragment } }\n"
                + "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
            "query variableIsNotDefinedUsedInNestedFragment { dog { ...outerHouseTrainedFragment } }\n"
                + "fragment outerHouseTrainedFragment on Dog { ...isHouseTrainedFragment }\n"
                + "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
            "query housetrainedQueryOne($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n"
                + "query housetrainedQueryTwo($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n"
                + "query housetrainedQueryTwoNotDefined { dog { ...isHouseTrainedFragment } }\n"
                + "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
            "query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrained } }",
            "query variableNotUsedWithinFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedWithoutVariableFragment } }\n"
                + "fragment isHouseTrainedWithoutVariableFragment on Dog { isHouseTrained }",
            "query queryWithUsedVar($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }\n"
                + "query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) { dog { ...isHouseTrainedFragment } }\n"
                + "fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
            "query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }",
            "query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }",
            "query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }",
            "query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanListArgField(booleanListArg: $nonNullBooleanList) } }",
            "query listToNonNullList($booleanList: [Boolean]) { arguments { nonNullBooleanListField(nonNullBooleanListArg: $booleanList) } }",
            "query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }",
            "query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }",
        ];
        return examples.Select((source, i) => Case($"spec/{i}", "spec", source));
    }
}
