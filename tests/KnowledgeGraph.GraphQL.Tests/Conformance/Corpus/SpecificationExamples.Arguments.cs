namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.4 Arguments.
    private static IEnumerable<ConformanceCase> Arguments() =>
    [
        .. Example("5.4.1 valid", "argOnRequiredArg", "fragment argOnRequiredArg on Dog {\n  doesKnowCommand(dogCommand: SIT)\n}"),
        .. Example("5.4.1 valid", "argOnOptional", "fragment argOnOptional on Dog {\n  isHouseTrained(atOtherHomes: true) @include(if: true)\n}"),
        .. Example("5.4.1 invalid", "invalidArgName", "fragment invalidArgName on Dog {\n  doesKnowCommand(command: CLEAN_UP_HOUSE)\n}"),
        .. Example("5.4.1 invalid", "invalidArgName on a directive", "fragment invalidArgName on Dog {\n  isHouseTrained(atOtherHomes: true) @include(unless: false)\n}"),
        .. Example("5.4.1 valid", "multipleArgs", "fragment multipleArgs on Arguments {\n  multipleRequirements(x: 1, y: 2)\n}"),
        .. Example("5.4.1 valid", "multipleArgsReverseOrder", "fragment multipleArgsReverseOrder on Arguments {\n  multipleRequirements(y: 2, x: 1)\n}"),
        .. Example("5.4.2 invalid", "the same argument twice", "{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: HEEL) } }"),
        .. Example("5.4.2 invalid", "the same directive argument twice", "{ dog { name @include(if: true, if: false) } }"),
        .. Example("5.4.2.1 valid", "goodBooleanArg", "fragment goodBooleanArg on Arguments {\n  booleanArgField(booleanArg: true)\n}"),
        .. Example("5.4.2.1 valid", "goodNonNullArg", "fragment goodNonNullArg on Arguments {\n  nonNullBooleanArgField(nonNullBooleanArg: true)\n}"),
        .. Example("5.4.2.1 valid", "goodBooleanArgDefault", "fragment goodBooleanArgDefault on Arguments {\n  booleanArgField\n}"),
        .. Example("5.4.2.1 invalid", "missingRequiredArg", "fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField\n}"),
        .. Example("5.4.2.1 invalid", "missingRequiredArg given null", "fragment missingRequiredArg on Arguments {\n  nonNullBooleanArgField(nonNullBooleanArg: null)\n}"),
        .. Example("5.4.2.1 valid", "optional non-null argument left out", "{ arguments { optionalNonNullBooleanArgField } }"),
        .. Example("5.4.2.1 invalid", "both required arguments missing", "{ arguments { multipleRequirements } }"),
        .. Example("5.4.2.1 invalid", "a required directive argument missing", "{ dog { name @skip } }"),
    ];
}
