using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Harness;

/// <summary>
/// The schemas validation is tested against, as SDL so graphql-js builds the very same ones: graphql-js's
/// validation harness schema (pets, humans and a type of awkward arguments), the schema the
/// specification's validation examples assume, graphql-js's boxes for field merging, and an unrelated schema of a small shop with every kind
/// of type, all three root types and deprecations.
/// </summary>
public static partial class TestSchemas
{
    /// <summary>The harness schema, built once.</summary>
    public static GraphQLSchema Harness { get; } = Build(HarnessSdl);

    /// <summary>The specification's example schema, built once.</summary>
    public static GraphQLSchema Specification { get; } = Build(SpecificationSdl);

    /// <summary>The boxes schema, built once.</summary>
    public static GraphQLSchema Boxes { get; } = Build(BoxesSdl);

    /// <summary>The shop schema, built once.</summary>
    public static GraphQLSchema Shop { get; } = Build(ShopSdl);

    /// <summary>Builds a schema from SDL, as graphql-js's <c>buildSchema</c> does.</summary>
    public static GraphQLSchema Build(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).Build();
}
