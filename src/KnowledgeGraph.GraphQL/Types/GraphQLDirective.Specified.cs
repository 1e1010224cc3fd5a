namespace KnowledgeGraph.GraphQL.Types;

public sealed partial class GraphQLDirective
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if:)</c>.</summary>
    public static GraphQLDirective Include { get; } = new(
        "include",
        ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if:)</c>.</summary>
    public static GraphQLDirective Skip { get; } = new(
        "skip",
        ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason:)</c>.</summary>
    public static GraphQLDirective Deprecated { get; } = new(
        "deprecated",
        ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE", "DIRECTIVE_DEFINITION"],
        [
            new GraphQLArgument(
                "reason",
                SpecifiedScalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                hasDefaultValue: true,
                defaultValue: DefaultDeprecationReason),
        ],
        description: "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url:)</c>.</summary>
    public static GraphQLDirective SpecifiedBy { get; } = new(
        "specifiedBy",
        ["SCALAR"],
        [new GraphQLArgument("url", new GraphQLNonNull(SpecifiedScalars.String), "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c>.</summary>
    public static GraphQLDirective OneOf { get; } = new(
        "oneOf",
        ["INPUT_OBJECT"],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The directives every schema has, in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLDirective> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive is one of the specified directives (by name, as graphql-js checks).</summary>
    public static bool IsSpecifiedDirective(GraphQLDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
    }

}
