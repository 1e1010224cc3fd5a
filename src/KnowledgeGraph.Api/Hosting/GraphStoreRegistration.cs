using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Wires the configured graph store and its start-up into the service.</summary>
public static class GraphStoreRegistration
{
    /// <summary>
    /// A misspelt key (<c>Sqlite:Pth</c>) is an error naming it, not a setting silently left at its default: the
    /// service would otherwise run on a database, or with limits, the operator did not choose.
    /// </summary>
    internal static void ErrorOnUnknownKeys(BinderOptions binder) => binder.ErrorOnUnknownConfiguration = true;

    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section), ErrorOnUnknownKeys)
            .Validate(o => o.IsSqlite || o.IsNeo4j, GraphStoreOpener.ProviderMessage)
            .Validate(o => !o.IsSqlite || !string.IsNullOrWhiteSpace(o.Sqlite.Path), "KnowledgeGraph:Storage:Sqlite:Path must not be empty.")
            .Validate(o => !o.IsNeo4j || o.Neo4j.AbsoluteUri is not null, GraphStoreOpener.Neo4jUriMessage)
            .Validate(o => !o.IsNeo4j || o.Neo4j.AbsoluteUri?.UserInfo.Length is not > 0,
                "KnowledgeGraph:Storage:Neo4j:Uri must not carry credentials; set KnowledgeGraph:Storage:Neo4j:User and :Password instead.")
            .Validate(o => !o.IsNeo4j || !string.IsNullOrWhiteSpace(o.Neo4j.Database), "KnowledgeGraph:Storage:Neo4j:Database must name a database, such as neo4j.")
            .ValidateOnStart();
        services.AddOptions<ServerUrlsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerUrlsOptions>, ServerUrlsOptions>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section), ErrorOnUnknownKeys)
            .Validate(o => !o.Enabled || File.Exists(o.Path), "KnowledgeGraph:Seed:Path must name an existing import document when seeding is enabled.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GraphStoreLifetime>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphStoreLifetime>());
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<GraphStoreLifetime>().Store);
        return services;
    }
}
