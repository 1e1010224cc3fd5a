namespace KnowledgeGraph.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Schema</c>.</summary>
    public static GraphQLObjectType SchemaType { get; }

    private static GraphQLObjectType CreateSchemaType() => new GraphQLObjectType(
        "__Schema",
        static () =>
        [
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLSchema)c.Source!).Description)),
            new GraphQLField(
                "types",
                NonNullListOf(TypeType),
                resolve: Sync(static c => ((GraphQLSchema)c.Source!).TypeMap.Values),
                description: "A list of all types supported by this server."),
            new GraphQLField(
                "queryType",
                new GraphQLNonNull(TypeType),
                resolve: Sync(static c => ((GraphQLSchema)c.Source!).QueryType),
                description: "The type that query operations will be rooted at."),
            new GraphQLField(
                "mutationType",
                TypeType,
                resolve: Sync(static c => ((GraphQLSchema)c.Source!).MutationType),
                description: "If this server supports mutation, the type that mutation operations will be rooted at."),
            new GraphQLField(
                "subscriptionType",
                TypeType,
                resolve: Sync(static c => ((GraphQLSchema)c.Source!).SubscriptionType),
                description: "If this server support subscription, the type that subscription operations will be rooted at."),
            new GraphQLField(
                "directives",
                NonNullListOf(DirectiveType),
                [IncludeDeprecatedArgument(nonNull: true)],
                Sync(static c =>
                {
                    var directives = ((GraphQLSchema)c.Source!).Directives;
                    return IncludeDeprecated(c) ? directives : directives.Where(d => d.DeprecationReason is null);
                }),
                "A list of all directives supported by this server."),
        ],
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
}
