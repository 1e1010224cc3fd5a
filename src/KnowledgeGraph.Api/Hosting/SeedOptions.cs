namespace KnowledgeGraph.Api.Hosting;

/// <summary>The graph loaded into an empty store at first start, bound from <c>KnowledgeGraph:Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "KnowledgeGraph:Seed";

    /// <value>The default is true: a new store starts with the curated seed graph.</value>
    public bool Enabled { get; set; } = true;

    /// <value>An import document. The default is the seed graph shipped beside the service, <c>seed/seed.json</c>.</value>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed", "seed.json");
}
