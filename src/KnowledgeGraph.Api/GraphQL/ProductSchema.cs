using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Api.GraphQL.Scalars;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The product schema: graph-schema/schema.graphql (shipped beside the service) with the domain bound to it.
/// Building it checks that every resolver names a real field, so a schema edit that orphans one fails at start.
/// </summary>
internal static class ProductSchema
{
    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    public static GraphQLSchema Build() => new SchemaBuilder()
        .AddTypeDefinitions(File.ReadAllText(SchemaPath), "schema.graphql")
        .AddPartialDateScalar()
        .AddDateTimeScalar()
        .AddJsonScalar()
        .BindEnum<ActorKind>("ActorKind")
        .BindEnum<TieType>("TieType")
        .BindEnum<DatePrecision>("DatePrecision")
        .BindEnum<TieDirection>("TieDirection")
        .BindEnum<ActorSearchOrder>("ActorOrder")
        .BindClrType<Actor>("Actor")
        .AddIsTypeOf("Article", static (value, _) => value is Article or ArticleMetadata)
        .AddQueryResolvers()
        .AddActorResolvers()
        .AddTieResolvers()
        .AddArticleResolvers()
        .AddStatsResolvers()
        .AddMutationResolvers()
        .Build();
}
