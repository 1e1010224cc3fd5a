using System.Diagnostics;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// A seeded synthetic graph of 100k actors, 1M ties and 200k articles, written once into a SQLite file under the
/// system temp folder and reused by later runs. Actor degrees are skewed (low indices are hubs), as in news
/// reporting where a few states and factions appear in most stories.
/// </summary>
internal static class GeneratedGraph
{
    public const int ActorCount = 100_000;
    public const int TieCount = 1_000_000;
    public const int ArticleCount = 200_000;
    private const int TieChunk = 50_000;
    private const int Seed = 20_240_207;

    private static readonly string[] Publishers = ["Reuters", "Al-Monitor", "The Cradle", "Asharq Al-Awsat", "AP"];
    private static readonly string[] Verbs = ["leads", "is affiliated with", "met with", "attacked"];

    public static string ActorId(int index) => $"actor-{index:D6}";

    /// <summary>Returns the path of the cached database, generating it first when no complete copy exists.</summary>
    public static async Task<string> EnsureAsync(string folder, TextWriter log)
    {
        var path = Path.Combine(folder, $"generated-{ActorCount}-{TieCount}-{ArticleCount}-s{Seed}.db");
        var marker = path + ".complete";
        if (File.Exists(path) && File.Exists(marker))
        {
            log.WriteLine($"Reusing the generated graph at {path}");
            return path;
        }

        foreach (var stale in new[] { path, path + "-wal", path + "-shm", marker })
        {
            File.Delete(stale);
        }

        log.WriteLine($"Generating {ActorCount:N0} actors, {TieCount:N0} ties, {ArticleCount:N0} articles into {path} (once; later runs reuse it)");
        var watch = Stopwatch.StartNew();
        var (actors, articles, ties) = Build();
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System).ConfigureAwait(false))
        {
            await store.ImportAsync(new GraphBatch { Articles = articles, Actors = actors }).ConfigureAwait(false);
            for (var start = 0; start < ties.Count; start += TieChunk)
            {
                var chunk = ties.GetRange(start, Math.Min(TieChunk, ties.Count - start));
                await store.ImportAsync(new GraphBatch { Ties = chunk }).ConfigureAwait(false);
                log.WriteLine($"  {start + chunk.Count:N0} ties imported, {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O")).ConfigureAwait(false);
        log.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:F0} s");
        return path;
    }

    private static (List<Actor> Actors, List<Article> Articles, List<Tie> Ties) Build()
    {
        var random = new Random(Seed);
        var actors = new List<Actor>(ActorCount);
        for (var i = 0; i < ActorCount; i++)
        {
            var kind = (i % 5) switch { 0 or 1 => ActorKind.Faction, 2 or 3 => ActorKind.Person, _ => ActorKind.Government };
            actors.Add(new Actor { Id = ActorId(i), Kind = kind, Name = $"{kind} {i}", Aliases = [$"{kind} {i}", $"K{i}"] });
        }

        var evidence = new List<string>[ArticleCount];
        var ties = new List<Tie>(TieCount);
        for (var k = 0; k < TieCount; k++)
        {
            var type = (TieType)random.Next(4);
            var source = SkewedActor(random);
            if (type == TieType.Leads && actors[source].Kind != ActorKind.Person)
            {
                source = source - (source % 5) + 2;
            }

            var target = SkewedActor(random);
            if (target == source)
            {
                target = (target + 1) % ActorCount;
            }

            var article = random.Next(ArticleCount);
            var words = $"{actors[source].Name} {Verbs[(int)type]} {actors[target].Name} (report {k}).";
            (evidence[article] ??= []).Add(words);
            ties.Add(new Tie
            {
                Id = $"tie-{k:D7}",
                Type = type,
                Source = ActorId(source),
                Target = ActorId(target),
                Article = $"article-{article:D6}",
                Date = RandomDate(random),
                Evidence = words,
            });
        }

        var articles = new List<Article>(ArticleCount);
        for (var j = 0; j < ArticleCount; j++)
        {
            articles.Add(new Article
            {
                Id = $"article-{j:D6}",
                Title = $"Report {j}",
                Publisher = Publishers[j % Publishers.Length],
                PublishedAt = PartialDate.OfYear(2015 + (j % 10)),
                Text = evidence[j] is { } sentences ? string.Join(" ", sentences) : $"Report {j} names no actor.",
            });
        }

        return (actors, articles, ties);
    }

    // u² puts actor i at density ~ 1/sqrt(i): a few thousand ties on the first actors, a handful on the last.
    private static int SkewedActor(Random random) => (int)(ActorCount * Math.Pow(random.NextDouble(), 2));

    private static PartialDate RandomDate(Random random)
    {
        var year = 2015 + random.Next(10);
        var month = 1 + random.Next(12);
        return random.Next(10) switch
        {
            < 6 => PartialDate.OfDay(year, month, 1 + random.Next(28)),
            < 8 => PartialDate.OfMonth(year, month),
            < 9 => PartialDate.OfYear(year),
            _ => PartialDate.Unknown,
        };
    }
}
