namespace KnowledgeGraph.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Directive</c>.</summary>
    public static GraphQLObjectType DirectiveType { get; }

    private static GraphQLObjectType CreateDirectiveType() => new GraphQLObjectType(
        "__Directive",
        static () =>
        [
            new GraphQLField("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Sync(static c => ((GraphQLDirective)c.Source!).Name)),
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLDirective)c.Source!).Description)),
            new GraphQLField("isRepeatable", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Sync(static c => ((GraphQLDirective)c.Source!).IsRepeatable)),
            new GraphQLField("locations", NonNullListOf(DirectiveLocationType), resolve: Sync(static c => ((GraphQLDirective)c.Source!).Locations)),
            new GraphQLField("args", NonNullListOf(InputValueType), [IncludeDeprecatedArgument()], Sync(static c =>
            {
                var args = ((GraphQLDirective)c.Source!).Args;
                return IncludeDeprecated(c) ? args : args.Where(a => a.DeprecationReason is null);
            })),
            new GraphQLField("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Sync(static c => ((GraphQLDirective)c.Source!).DeprecationReason is not null)),
            new GraphQLField("deprecationReason", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLDirective)c.Source!).DeprecationReason)),
        ],
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
}
