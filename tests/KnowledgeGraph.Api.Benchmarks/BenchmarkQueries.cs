using System.Text.Json;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>The three measured queries over one graph, with the actors they start from.</summary>
internal sealed record BenchmarkQueries(string Graph, string ActorId, string NeighbourhoodWindow, string PathTarget)
{
    /// <summary>Seed graph: Iraq is its best-connected actor; the path runs from it to Israel.</summary>
    public static BenchmarkQueries Seed { get; } = new("seed", "iraq", """{from: "2023-10", to: "2024-12"}""", "israel");

    /// <summary>Generated graph: actor 100 has 283 ties; the path runs to the last, least-connected actor.</summary>
    public static BenchmarkQueries Generated { get; } = new(
        "generated", GeneratedGraph.ActorId(100), """{from: "2019-01", to: "2020-12"}""", GeneratedGraph.ActorId(GeneratedGraph.ActorCount - 1));

    public string ActorWithTies => $$"""
        { actor(id: "{{ActorId}}") { id name ties(first: 10) { nodes { id type date { value precision } evidence target { id name } article { id title publisher } } } } }
        """;

    public string Neighbourhood => $$"""
        { neighbourhood(actorIds: ["{{ActorId}}"], depth: 2, types: [ATTACKED, AFFILIATED_WITH], window: {{NeighbourhoodWindow}}, maxNodes: 200) { nodes { id name kind } relations { id type reportCount } } }
        """;

    public string ShortestPath => $$"""
        { paths(from: "{{ActorId}}", to: "{{PathTarget}}", maxLength: 6) { length actors { id } } }
        """;

    /// <summary>Everything the peer needs to answer <see cref="ActorWithTies"/>: the actor and up to 100 of its ties.</summary>
    public string PeerExport => $$"""
        { actor(id: "{{ActorId}}") { id kind name ties(first: 100) { nodes { id type date { value precision } evidence source { id kind name } target { id kind name } article { id title publisher } } } } }
        """;

    public IEnumerable<(string Name, string Query)> Measured =>
    [
        ("(a) actor + 10 ties", ActorWithTies),
        ("(b) 2-hop neighbourhood", Neighbourhood),
        ("(c) shortest path", ShortestPath),
    ];

    /// <summary>The JSON body of a GraphQL POST carrying <paramref name="query"/>.</summary>
    public static string Body(string query) => JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = query.Trim() });
}
