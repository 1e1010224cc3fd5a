namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>The recorded differences from graphql-js, as the differential tests check them; AllowedDifferences.md says why.</summary>
public static class AllowedDifferences
{
    /// <summary>
    /// What graphql-js's <c>validate</c> throws when SingleFieldSubscriptionsRule meets a <c>@skip</c> or
    /// <c>@include</c> on a subscription's root selections whose <c>if</c> is not a boolean literal.
    /// </summary>
    public const string ThrownBySingleFieldSubscriptions =
        "^Argument \"if\" (of required type \"Boolean!\" (was not provided|was provided the variable \"\\$\\w+\" which was not provided a runtime value)"
        + "|of non-null type \"Boolean!\" must not be null|has invalid value .+)\\.( @ .*)?$";
}
