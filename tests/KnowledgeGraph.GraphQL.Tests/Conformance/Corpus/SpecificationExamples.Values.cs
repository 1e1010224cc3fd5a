namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.6 Values, including the draft's OneOf input objects.
    private static IEnumerable<ConformanceCase> Values() =>
    [
        .. Example("5.6.1 valid", "goodBooleanArg", "fragment goodBooleanArg on Arguments {\n  booleanArgField(booleanArg: true)\n}"),
        .. Example("5.6.1 valid", "coercedIntIntoFloatArg", "fragment coercedIntIntoFloatArg on Arguments {\n  # Note: The input coercion rules for Float allow Int literals.\n  floatArgField(floatArg: 123)\n}"),
        .. Example("5.6.1 valid", "goodComplexDefaultValue", """
            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }
            """),
        .. Example("5.6.1 invalid", "stringIntoInt", "fragment stringIntoInt on Arguments {\n  intArgField(intArg: \"123\")\n}"),
        .. Example("5.6.1 invalid", "badComplexValue", "query badComplexValue {\n  findDog(searchBy: { name: 123 }) {\n    name\n  }\n}"),
        .. Example("5.6.1 invalid", "an Int literal out of range", "{ arguments { intArgField(intArg: 2147483648) } }"),
        .. Example("5.6.1 invalid", "a Float literal into Int", "{ arguments { intArgField(intArg: 1.5) } }"),
        .. Example("5.6.1 invalid", "an enum value into Boolean", "{ arguments { booleanArgField(booleanArg: TRUE) } }"),
        .. Example("5.6.1 invalid", "a string into an enum", "{ dog { doesKnowCommand(dogCommand: \"SIT\") } }"),
        .. Example("5.6.1 invalid", "an unknown enum value", "{ dog { doesKnowCommand(dogCommand: JUMP) } }"),
        .. Example("5.6.1 valid", "a single value for a list", "{ arguments { booleanListArgField(booleanListArg: true) } }"),
        .. Example("5.6.1 invalid", "a list item of the wrong type", "{ arguments { booleanListArgField(booleanListArg: [true, \"false\", 1]) } }"),
        .. Example("5.6.1 invalid", "a nested list for a list", "{ arguments { booleanListArgField(booleanListArg: [[true]]) } }"),
        .. Example("5.6.1 valid", "null items in a nullable list", "{ arguments { booleanListArgField(booleanListArg: [true, null]) } }"),
        .. Example("5.6.1 invalid", "null in a list of non-null", "{ booleanList(booleanListArg: [true, null]) }"),
        .. Example("5.6.1 invalid", "an object for a scalar", "{ arguments { floatArgField(floatArg: {value: 1}) } }"),
        .. Example("5.6.1 invalid", "a scalar for an input object", "{ findDog(searchBy: \"Fido\") { name } }"),
        .. Example("5.6.2 valid", "a known input field", "{\n  findDog(searchBy: { name: \"Fido\" }) {\n    name\n  }\n}"),
        .. Example("5.6.2 invalid", "favoriteCookieFlavor", "{\n  findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) {\n    name\n  }\n}"),
        .. Example("5.6.2 invalid", "a misspelt input field", "{ findDog(searchBy: { nam: \"Fido\" }) { name } }"),
        .. Example("5.6.3 invalid", "the same input field twice", "{ findDog(searchBy: { name: \"Fido\", name: \"Rex\" }) { name } }"),
        .. Example("5.6.3 invalid", "the same input field twice, nested", "mutation { addPet(pet: { dog: { name: \"a\", name: \"b\" } }) { name } }"),
        .. Example("5.6.4 invalid", "a required input field missing", "mutation { addPet(pet: { cat: { nickname: \"Kitty\" } }) { name } }"),
        .. Example("5.6.4 invalid", "a required input field given null", "mutation { addPet(pet: { cat: { name: null } }) { name } }"),
        .. Example("5.6.1 valid", "addPet with a cat", "mutation addPet {\n  addPet(pet: { cat: { name: \"Brontie\" } }) {\n    name\n  }\n}"),
        .. Example("5.6.1 valid", "addPet with a dog through a variable", """
            mutation addPet($dog: DogInput!) {
              addPet(pet: { dog: $dog }) {
                name
                ... on Dog {
                  barkVolume
                }
              }
            }
            """, """{"dog": {"name": "Buddy", "barkVolume": 4}}"""),
        .. Example("5.6.1 invalid", "addPet with two members", """
            mutation addPet {
              addPet(pet: { cat: { name: "Brontie" }, dog: { name: "Spot" } }) {
                name
              }
            }
            """),
        .. Example("5.6.1 invalid", "addPet with a null member", "mutation addPet {\n  addPet(pet: { cat: null }) {\n    name\n  }\n}"),
        .. Example("5.6.1 invalid", "addPet with no member", "mutation addPet {\n  addPet(pet: {}) {\n    name\n  }\n}"),
        .. Example("5.6.1 invalid", "addPet with a nullable variable member", """
            mutation addPet($cat: CatInput) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """, """{"cat": {"name": "Brontie"}}"""),
        .. Example("5.6.1 valid", "addPet with the whole input in a variable", """
            mutation addPet($pet: PetInput!) {
              addPet(pet: $pet) {
                name
              }
            }
            """, """{"pet": {"cat": {"name": "Brontie", "meowVolume": 2}}}"""),
        .. Example("5.6.1 variables", "addPet given two members in a variable", """
            mutation addPet($pet: PetInput!) {
              addPet(pet: $pet) {
                name
              }
            }
            """, """{"pet": {"cat": {"name": "Brontie"}, "dog": {"name": "Spot"}}}"""),
        .. Example("5.6.1 variables", "addPet given a null member in a variable", """
            mutation addPet($pet: PetInput!) {
              addPet(pet: $pet) {
                name
              }
            }
            """, """{"pet": {"cat": null}}"""),
        .. Example("5.6.1 variables", "addPets given a list with a bad item", """
            mutation addPets($pets: [PetInput!]!) {
              addPets(pets: $pets) {
                name
              }
            }
            """, """{"pets": [{"cat": {"name": "Brontie"}}, {}, {"dog": {"name": 3}}]}"""),
    ];
}
