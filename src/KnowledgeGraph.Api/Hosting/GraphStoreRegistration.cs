using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Wires the configured graph store and its start-up into the service.</summary>
public static class GraphStoreRegistration
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Provider is not null && (o.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)),
                "KnowledgeGraph:Storage:Provider must be Sqlite.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Sqlite.Path), "KnowledgeGraph:Storage:Sqlite:Path must not be empty.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section))
            .Validate(o => !o.Enabled || File.Exists(o.Path), "KnowledgeGraph:Seed:Path must name an existing import document when seeding is enabled.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GraphStoreLifetime>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphStoreLifetime>());
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<GraphStoreLifetime>().Store);
        return services;
    }
}
