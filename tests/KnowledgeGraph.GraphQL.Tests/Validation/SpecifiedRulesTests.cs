using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class SpecifiedRulesTests
{
    [Fact]
    public void Lists_graphql_js_rules_in_graphql_js_order()
    {
        var schema = Harness.TestSchemas.Harness;
        var context = new ValidationContext(schema, new DocumentNode(), new TypeInfo(schema), _ => { }, hideSuggestions: false);

        var names = SpecifiedRules.All.Select(rule => rule(context).GetType().Name).ToArray();

        Assert.Equal(
            [
                "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
                "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
                "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
                "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
                "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
                "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
                "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
            ],
            names);
    }
}
