using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>
/// A large graph as an import document: a hub, <see cref="Blocs"/> blocs affiliated with it, each with its own
/// followers, and random meetings and attacks between followers, so the hub's 2-hop neighbourhood holds every
/// actor. The same seed gives the same graph, so frame times are measured on one graph from run to run.
/// </summary>
internal static class GeneratedGraph
{
    public const string Hub = "hub";
    public const int Actors = 2000;
    public const int Blocs = 49;
    public const int CrossTies = 3000;

    private static readonly string[] Sentences =
        [.. Enumerable.Range(1, 20).Select(i => $"Dispatch {i} names the parties of one generated report.")];

    /// <summary>Writes the document into <paramref name="folder"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(string folder)
    {
        var random = new Random(2000);
        var actors = new List<object> { Actor(Hub, "FACTION", "Hub Alliance") };
        var ties = new List<object>();
        var followers = new List<string>();
        var followersPerBloc = (Actors - 1 - Blocs) / Blocs;
        for (var b = 0; b < Blocs; b++)
        {
            var bloc = $"bloc-{b:D2}";
            actors.Add(Actor(bloc, "FACTION", $"Bloc {b:D2}"));
            ties.Add(Tie(ties.Count, "AFFILIATED_WITH", bloc, Hub, random));
            for (var f = 0; f < followersPerBloc + (b < (Actors - 1 - Blocs) % Blocs ? 1 : 0); f++)
            {
                var follower = $"actor-{followers.Count:D4}";
                followers.Add(follower);
                actors.Add(Actor(follower, followers.Count % 3 == 0 ? "GOVERNMENT" : "PERSON", $"Actor {followers.Count - 1:D4}"));
                ties.Add(Tie(ties.Count, "AFFILIATED_WITH", follower, bloc, random));
            }
        }

        var linked = new HashSet<(int, int)>();
        while (linked.Count < CrossTies)
        {
            var (a, b) = (random.Next(followers.Count), random.Next(followers.Count));
            if (a != b && linked.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                ties.Add(Tie(ties.Count, random.Next(3) == 0 ? "ATTACKED" : "MET_WITH", followers[a], followers[b], random));
            }
        }

        var document = new
        {
            articles = new[]
            {
                new { id = "generated-dispatches", title = "Generated dispatches", publisher = "Test wire", url = (string?)null,
                      publishedAt = "2025-01-01", publishedPrecision = "DAY", note = (string?)null, text = string.Join(' ', Sentences) },
            },
            actors,
            ties,
        };
        var path = Path.Combine(folder, "generated-graph.json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document);
        return path;
    }

    private static object Actor(string id, string kind, string name) =>
        new { id, kind, name, aliases = new[] { name }, description = (string?)null, wikidata = (string?)null };

    private static object Tie(int index, string type, string source, string target, Random random) => new
    {
        id = $"t{index:D5}",
        type,
        source,
        target,
        article = "generated-dispatches",
        date = string.Create(CultureInfo.InvariantCulture, $"{2020 + random.Next(5)}-{1 + random.Next(12):D2}"),
        datePrecision = "MONTH",
        location = (string?)null,
        evidence = Sentences[index % Sentences.Length],
        note = (string?)null,
    };
}
